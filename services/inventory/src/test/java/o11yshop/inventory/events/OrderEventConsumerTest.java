package o11yshop.inventory.events;

import static o11yshop.inventory.InventoryUnderTest.expect;
import static o11yshop.inventory.InventoryUnderTest.serviceToken;
import static o11yshop.inventory.db.Tables.PROCESSED_EVENT;
import static o11yshop.inventory.db.Tables.RESERVATION;
import static o11yshop.inventory.db.Tables.STOCK_ITEM;
import static o11yshop.inventory.db.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import o11yshop.inventory.InventoryUnderTest;
import o11yshop.platform.testing.EmbeddedSqs;
import o11yshop.platform.testing.EmbeddedSqs.QueueWithDeadLetterQueue;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OrderPlaced consumer against a real SQS-compatible queue (embedded ElasticMQ) whose redrive policy
 * dead-letters a message after two failed deliveries, and a real database: placed orders commit their
 * reservations, a redelivered event is applied once, and what cannot be applied ends in the dead-letter queue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrderEventConsumerTest {

    private static final int MAX_RECEIVE_COUNT = 2;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EmbeddedSqs sqs = EmbeddedSqs.shared();
    private QueueWithDeadLetterQueue queues;
    private InventoryUnderTest inventory;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startQueueAndInventory() {
        queues = sqs.createQueueWithDeadLetterQueue("order-events-" + engine().name().toLowerCase(Locale.ROOT),
                MAX_RECEIVE_COUNT, Duration.ofSeconds(1));
        inventory = InventoryUnderTest.start(engine(), "it_inventory_events", EmbeddedSqs.orderEventsSettings(queues.queueUrl(), sqs.endpoint(),
                // short polls, so that stopping the service at the end does not wait out a 20-second poll
                "shop.events.consumer.wait-time", "1s"));
    }

    @AfterAll
    void stopInventory() {
        inventory.stop();
    }

    @Test
    void aPlacedOrderCommitsItsReservation() {
        long productId = inventory.productWithStock(5);
        UUID reservationId = reserve(productId, 2);
        UUID eventId = UUID.randomUUID();

        sqs.send(queues.queueUrl(), OrderPlacedEvents.orderPlaced(eventId, reservationId, productId, 2));

        awaitUntil(() -> "committed".equals(status(reservationId)));
        awaitUntil(() -> sqs.messagesOn(queues.queueUrl()) == 0);
        assertThat(counts(productId)).as("available, reserved").containsExactly(3, 0);
        var committed = inventory.db().selectFrom(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.RESERVATION_ID.eq(reservationId).and(STOCK_MOVEMENT.KIND.eq("committed"))).fetchSingle();
        assertThat(committed.getActor()).isEqualTo("system");
        assertThat(inventory.db().fetchCount(PROCESSED_EVENT, PROCESSED_EVENT.EVENT_ID.eq(eventId))).isEqualTo(1);
    }

    @Test
    void theSameEventDeliveredTwiceCommitsOnce() {
        long productId = inventory.productWithStock(5);
        UUID reservationId = reserve(productId, 2);
        String event = OrderPlacedEvents.orderPlaced(UUID.randomUUID(), reservationId, productId, 2);

        sqs.send(queues.queueUrl(), event);
        sqs.send(queues.queueUrl(), event);

        awaitUntil(() -> "committed".equals(status(reservationId)));
        awaitUntil(() -> sqs.messagesOn(queues.queueUrl()) == 0);
        assertThat(inventory.db().fetchCount(STOCK_MOVEMENT,
                STOCK_MOVEMENT.RESERVATION_ID.eq(reservationId).and(STOCK_MOVEMENT.KIND.eq("committed")))).isEqualTo(1);
        assertThat(counts(productId)).containsExactly(3, 0);
        assertThat(sqs.messagesOn(queues.deadLetterQueueUrl())).as("a duplicate is applied, not failed").isZero();
    }

    @Test
    void aReservationTheOrderServiceAlreadyCommittedIsNotCommittedAgain() {
        long productId = inventory.productWithStock(5);
        UUID reservationId = reserve(productId, 1);
        expect(200, "POST", "/reservations/{reservationId}/commit",
                inventory.api().post("/reservations/" + reservationId + "/commit", serviceToken(), null));
        UUID eventId = UUID.randomUUID();

        sqs.send(queues.queueUrl(), OrderPlacedEvents.orderPlaced(eventId, reservationId, productId, 1));

        awaitUntil(() -> inventory.db().fetchCount(PROCESSED_EVENT, PROCESSED_EVENT.EVENT_ID.eq(eventId)) == 1);
        assertThat(inventory.db().fetchCount(STOCK_MOVEMENT,
                STOCK_MOVEMENT.RESERVATION_ID.eq(reservationId).and(STOCK_MOVEMENT.KIND.eq("committed")))).isEqualTo(1);
        assertThat(counts(productId)).containsExactly(4, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all", "{\"eventId\":\"3f1c2a8e-5b7d-4e21-9c3a-0d6f8b2e4a11\",\"type\":\"OrderPlaced\"}"})
    void aMalformedMessageEndsInTheDeadLetterQueue(String body) {
        // each message unique, so the one found in the dead-letter queue is this test's
        String marked = body.startsWith("{") ? body.replace("}", ",\"marker\":\"" + UUID.randomUUID() + "\"}")
                : body + " " + UUID.randomUUID();

        sqs.send(queues.queueUrl(), marked);

        sqs.awaitMessage(queues.deadLetterQueueUrl(), marked, PATIENCE);
    }

    @Test
    void anEventForAnUnknownReservationEndsInTheDeadLetterQueueAndWritesNothing() {
        UUID eventId = UUID.randomUUID();
        String event = OrderPlacedEvents.orderPlaced(eventId, UUID.randomUUID(), 1, 1);
        Map<String, Long> before = inventory.tableState();

        sqs.send(queues.queueUrl(), event);

        sqs.awaitMessage(queues.deadLetterQueueUrl(), event, PATIENCE);
        assertThat(inventory.tableState()).isEqualTo(before);
    }

    private UUID reserve(long productId, int quantity) {
        String body = "{\"orderReference\":\"O-" + productId + "\",\"lines\":[{\"productId\":" + productId
                + ",\"quantity\":" + quantity + "}]}";
        return UUID.fromString(expect(201, "POST", "/reservations",
                inventory.api().post("/reservations", serviceToken(), body)).json().path("reservationId").asString());
    }

    private String status(UUID reservationId) {
        return inventory.db().fetchValue(RESERVATION.STATUS, RESERVATION.ID.eq(reservationId));
    }

    private List<Integer> counts(long productId) {
        var row = inventory.db().select(STOCK_ITEM.AVAILABLE, STOCK_ITEM.RESERVED).from(STOCK_ITEM)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId)).fetchSingle();
        return List.of(row.value1(), row.value2());
    }

    private static void awaitUntil(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not reached within " + PATIENCE);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

class OrderEventConsumerOnPostgresTest extends OrderEventConsumerTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class OrderEventConsumerOnMysqlTest extends OrderEventConsumerTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

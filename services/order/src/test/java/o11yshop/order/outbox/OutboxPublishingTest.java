package o11yshop.order.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import o11yshop.order.Checkouts;
import o11yshop.order.OrderUnderTest;
import o11yshop.order.Shopper;
import o11yshop.order.ShopperClient;
import o11yshop.order.Tables;
import o11yshop.order.checkout.CheckoutService;
import o11yshop.order.orders.DeliveryAddress;
import o11yshop.order.orders.OrderedLine;
import o11yshop.order.orders.PlacedOrder;
import o11yshop.order.shopper.ShopperId;
import o11yshop.platform.testing.EmbeddedSqs;
import o11yshop.platform.testing.RepositoryRoot;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The outbox and its relay against a real SQS-compatible queue (ElasticMQ in the test JVM): what is
 * published is exactly {@code api/events/order-placed.schema.json}, a failed publish loses nothing and
 * is retried, and an order that was rolled back publishes nothing. The relay is run by the tests
 * themselves, so that each run is a step the test controls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutboxPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedSqs sqs = EmbeddedSqs.shared();
    private final Schema orderPlacedSchema = orderPlacedSchema();
    private final String queueName = "order-events-" + UUID.randomUUID();
    private String queueUrl;
    private TestDatabase database;
    private ServiceUnderTest order;
    private OutboxRelay relay;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startOrderServiceWithAQueue() {
        queueUrl = sqs.client().createQueue(request -> request.queueName(queueName)).queueUrl();
        database = TestDatabases.of(engine(), "it_order_outbox");
        order = OrderUnderTest.separateOrderService(database, EmbeddedSqs.orderEventsSettings(queueUrl, sqs.endpoint(),
                // the tests run the relay themselves
                "shop.events.relay.interval", "1h"));
        relay = order.context().getBean(OutboxRelay.class);
    }

    @AfterAll
    void stopOrderService() {
        order.stop();
    }

    @Test
    void aPlacedOrderIsPublishedAsAValidOrderPlacedEvent() {
        Shopper shopper = OrderUnderTest.newShopper();
        JsonNode placed = placeOrder(shopper, 22);

        assertThat(relay.publishPending()).isGreaterThanOrEqualTo(1);

        JsonNode event = receiveEventOf(placed.path("orderId").asString());
        assertThat(orderPlacedSchema.validate(event)).isEmpty();
        assertThat(event.path("type").asString()).isEqualTo("OrderPlaced");
        assertThat(event.path("orderNumber")).isEqualTo(placed.path("orderNumber"));
        assertThat(event.path("userId").asString()).isEqualTo(shopper.id().toString());
        assertThat(event.path("totalJpy").asLong()).isEqualTo(placed.path("total").path("amount").asLong());
        assertThat(event.path("lines").get(0).path("productId").asLong()).isEqualTo(22);
        assertThat(event.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(event.path("reservationId").asString()).isEqualTo(Tables.queryString(database,
                "SELECT reservation_id FROM customer_order WHERE id = '" + placed.path("orderId").asString() + "'"));
        assertThat(Tables.count(database, "outbox_event WHERE published_at IS NULL")).isZero();
    }

    @Test
    void aFailedPublishKeepsTheEventUntilALaterRunPublishesIt() {
        sqs.client().deleteQueue(request -> request.queueUrl(queueUrl));
        try {
            JsonNode placed = placeOrder(OrderUnderTest.newShopper(), 24);
            String orderId = placed.path("orderId").asString();

            assertThat(relay.publishPending()).isZero();

            String waiting = "outbox_event WHERE published_at IS NULL AND payload LIKE '%" + orderId + "%'";
            assertThat(Tables.count(database, waiting)).isEqualTo(1);
            assertThat(Tables.count(database, waiting + " AND attempts = 1 AND last_error IS NOT NULL")).isEqualTo(1);
        } finally {
            assertThat(sqs.client().createQueue(request -> request.queueName(queueName)).queueUrl()).isEqualTo(queueUrl);
        }
        assertThat(relay.publishPending()).isEqualTo(1);
        assertThat(Tables.count(database, "outbox_event WHERE published_at IS NULL")).isZero();
        assertThat(orderPlacedSchema.validate(receiveAnyEvent())).isEmpty();
    }

    @Test
    void anOrderThatWasRolledBackPublishesNothing() {
        long eventsBefore = Tables.count(database, "outbox_event");
        relay.publishPending();
        drainQueue();
        PlacedOrder order = new PlacedOrder(UUID.randomUUID(), "O11Y-20261123-RLBCK", new ShopperId(UUID.randomUUID().toString()),
                Instant.now(), UUID.randomUUID(), List.of(new OrderedLine(22, "A product", 1000, 1)),
                new DeliveryAddress("山田 太郎", "100-0001", "東京都", "千代田区", "千代田1-1", null, "03-1234-5678"),
                new PlacedOrder.CardPayment("4242", "mock-rolled-back"));

        this.order.context().getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            this.order.context().getBean(CheckoutService.class).record(UUID.randomUUID(), order);
            tx.setRollbackOnly();
        });

        assertThat(Tables.count(database, "outbox_event")).isEqualTo(eventsBefore);
        assertThat(Tables.count(database, "customer_order WHERE id = '" + order.id() + "'")).isZero();
        assertThat(relay.publishPending()).isZero();
        assertThat(messagesOnQueue()).isZero();
    }

    private JsonNode placeOrder(Shopper shopper, long productId) {
        ShopperClient client = ShopperClient.of(order, shopper);
        assertThat(client.put("/cart/items/" + productId, "{\"quantity\":2}").status()).isEqualTo(200);
        ShopperClient.Answer placed = client.checkout(UUID.randomUUID().toString(), Checkouts.approved());
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json();
    }

    /** Receives and deletes messages until the event of this order arrives. */
    private JsonNode receiveEventOf(String orderId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            JsonNode event = receiveAnyEvent();
            if (event.path("orderId").asString().equals(orderId)) {
                return event;
            }
        }
        throw new AssertionError("No OrderPlaced event for order " + orderId);
    }

    /** Receives and deletes the next message, waiting up to 10 seconds for one. */
    private JsonNode receiveAnyEvent() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<Message> messages = sqs.client().receiveMessage(request -> request.queueUrl(queueUrl)
                    .maxNumberOfMessages(1).waitTimeSeconds(1)).messages();
            if (!messages.isEmpty()) {
                Message message = messages.getFirst();
                sqs.client().deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                return JSON.readTree(message.body());
            }
        }
        throw new AssertionError("No message arrived on " + queueUrl);
    }

    private void drainQueue() {
        while (messagesOnQueue() > 0) {
            receiveAnyEvent();
        }
    }

    private int messagesOnQueue() {
        Map<QueueAttributeName, String> attributes = sqs.client().getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private static Schema orderPlacedSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try {
            return registry.getSchema(JSON.readTree(Files.readString(
                    RepositoryRoot.find().resolve("api/events/order-placed.schema.json"))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

class OutboxPublishingOnPostgresTest extends OutboxPublishingTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class OutboxPublishingOnMysqlTest extends OutboxPublishingTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

package o11yshop.order.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import o11yshop.inventory.InventoryApplication;
import o11yshop.order.Checkouts;
import o11yshop.order.OrderUnderTest;
import o11yshop.order.ShopUnderTest;
import o11yshop.order.ShopperClient;
import o11yshop.order.Tables;
import o11yshop.platform.testing.EmbeddedSqs;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The whole event path with nothing in between imitated: checkout reserves stock in a real inventory,
 * the outbox relay publishes {@code OrderPlaced} to the queue, and inventory's own consumer takes the
 * event and commits the reservation — the stock is sold, no longer merely held.
 */
class OrderPlacedReachesInventoryTest {

    private static final long PRODUCT = 27;

    @Test
    void inventoryCommitsTheReservationWhenTheEventArrives() {
        EmbeddedSqs sqs = EmbeddedSqs.shared();
        String queueUrl = sqs.client().createQueue(request -> request.queueName("order-events-" + UUID.randomUUID())).queueUrl();
        Map<String, String> queue = EmbeddedSqs.orderEventsSettings(queueUrl, sqs.endpoint());
        TestDatabase inventoryDatabase = TestDatabases.postgres("it_order_events_inventory");
        ServiceUnderTest inventory = ServiceUnderTest.start(InventoryApplication.builder(), inventoryDatabase,
                with(queue, Map.of("shop.security.issuer", OrderUnderTest.issuer(), "shop.events.consumer.wait-time", "1s")));
        ServiceUnderTest order = ShopUnderTest.separateOrderService(TestDatabase.Engine.POSTGRESQL,
                TestDatabases.postgres("it_order_events"),
                with(queue, Map.of("shop.inventory.base-url", inventory.baseUrl(), "shop.events.relay.interval", "200ms")));
        try {
            long availableBefore = Tables.queryLong(inventoryDatabase, "SELECT available FROM stock_item WHERE product_id = " + PRODUCT);
            ShopperClient client = ShopperClient.of(order, OrderUnderTest.newShopper());
            assertThat(client.put("/cart/items/" + PRODUCT, "{\"quantity\":2}").status()).isEqualTo(200);

            ShopperClient.Answer placed = client.checkout(UUID.randomUUID().toString(), Checkouts.approved());

            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            String orderNumber = placed.json().path("orderNumber").asString();
            awaitCommitted(inventoryDatabase, orderNumber);
            assertThat(Tables.queryLong(inventoryDatabase, "SELECT available FROM stock_item WHERE product_id = " + PRODUCT))
                    .isEqualTo(availableBefore - 2);
            assertThat(Tables.queryLong(inventoryDatabase, "SELECT reserved FROM stock_item WHERE product_id = " + PRODUCT))
                    .isZero();
        } finally {
            order.stop();
            inventory.stop();
        }
    }

    private static void awaitCommitted(TestDatabase inventoryDatabase, String orderNumber) {
        String committed = "reservation WHERE order_reference = '" + orderNumber + "' AND LOWER(status) = 'committed'";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (Tables.count(inventoryDatabase, committed) == 1) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Inventory did not commit the reservation of " + orderNumber + " within 30 s");
    }

    private static Map<String, String> with(Map<String, String> first, Map<String, String> second) {
        HashMap<String, String> all = new HashMap<>(first);
        all.putAll(second);
        return all;
    }
}

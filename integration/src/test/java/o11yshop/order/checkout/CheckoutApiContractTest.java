package o11yshop.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import o11yshop.order.Checkouts;
import o11yshop.order.OrderUnderTest;
import o11yshop.order.ShopUnderTest;
import o11yshop.order.Shopper;
import o11yshop.order.ShopperClient;
import o11yshop.order.ShopperClient.Answer;
import o11yshop.order.Tables;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Checkout, order history and order detail through the real catalog and inventory; every answer is
 * checked against {@code api/order.yaml}, and the tables of all three services show what happened.
 * Each test uses products no other test of the JVM touches, so stock and prices are its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CheckoutApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("order");

    private ShopUnderTest.Shop shop;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startShop() {
        shop = ShopUnderTest.on(engine());
    }

    @Test
    void checkoutPlacesAnOrderEmptiesTheCartAndWritesTheEvent() {
        Shopper shopper = OrderUnderTest.newShopper();
        ShopperClient client = ShopperClient.of(shop.order(), shopper);
        inCart(client, 3, 2);
        inCart(client, 4, 1);
        JsonNode cart = client.get("/cart").json();

        JsonNode order = placed(client.checkout(UUID.randomUUID().toString(), Checkouts.approved()));

        assertThat(order.path("orderNumber").asString()).matches("O11Y-\\d{8}-[2-9A-HJKMNP-Z]{5}");
        assertThat(order.path("status").asString()).isEqualTo("placed");
        assertThat(order.path("items").valueStream().map(line -> line.path("productId").asLong() + "x" + line.path("quantity").asInt()))
                .containsExactly("3x2", "4x1");
        assertThat(order.path("total")).isEqualTo(cart.path("total"));
        assertThat(order.path("itemCount").asInt()).isEqualTo(3);
        assertThat(order.path("shippingAddress").path("postalCode").asString()).as("normalised").isEqualTo("100-0001");
        assertThat(order.path("shippingAddress").has("line2")).as("an empty line2 is left out").isFalse();
        assertThat(order.path("payment").path("cardLast4").asString()).isEqualTo("4242");
        assertThat(client.get("/cart").json().path("items").size()).isZero();

        Answer detail = client.get("/orders/" + order.path("orderId").asString());
        CONTRACT.assertResponse("GET", "/orders/{orderId}", detail.status(), detail.contentType(), detail.body());
        assertThat(detail.json()).isEqualTo(order);
        String orderId = order.path("orderId").asString();
        assertThat(Tables.count(shop.orderDatabase(), "outbox_event WHERE payload LIKE '%" + orderId + "%'")).isEqualTo(1);
        assertThat(Tables.count(shop.inventoryDatabase(), "reservation WHERE order_reference = '"
                + order.path("orderNumber").asString() + "'")).as("stock reserved in inventory").isEqualTo(1);
        // reserved by the order service with its own token, for this shopper, whose ID inventory's audit trail keeps
        String reservation = "(SELECT id FROM reservation WHERE order_reference = '" + order.path("orderNumber").asString() + "')";
        assertThat(Tables.queryString(shop.inventoryDatabase(), "SELECT created_by FROM reservation WHERE id = " + reservation))
                .isEqualTo("order");
        assertThat(Tables.count(shop.inventoryDatabase(), "stock_movement WHERE kind = 'reserved' AND actor = '"
                + shopper.id() + "' AND reservation_id = " + reservation)).as("one movement per line").isEqualTo(2);
    }

    @Test
    void theSameKeyAndBodyAnswerTheFirstOrderAndNeverPlaceASecond() {
        Shopper shopper = OrderUnderTest.newShopper();
        ShopperClient client = ShopperClient.of(shop.order(), shopper);
        inCart(client, 5, 1);
        String key = UUID.randomUUID().toString();
        JsonNode first = placed(client.checkout(key, Checkouts.approved()));
        inCart(client, 7, 1);

        Answer repeated = client.checkout(key, Checkouts.approved());

        assertThat(repeated.status()).isEqualTo(201);
        CONTRACT.assertResponse("POST", "/orders", 201, repeated.contentType(), repeated.body());
        assertThat(repeated.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeated.json()).isEqualTo(first);
        assertThat(Tables.count(shop.orderDatabase(), "customer_order WHERE user_id = '" + shopper.id() + "'")).isEqualTo(1);
        assertThat(client.get("/cart").json().path("items").size()).as("the new cart is untouched").isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        Shopper shopper = OrderUnderTest.newShopper();
        ShopperClient client = ShopperClient.of(shop.order(), shopper);
        inCart(client, 8, 1);
        String key = UUID.randomUUID().toString();
        placed(client.checkout(key, Checkouts.approved()));
        inCart(client, 9, 1);
        String before = Tables.orderServiceSnapshot(shop.orderDatabase());

        Answer reused = client.checkout(key, Checkouts.paidWithCard("1111"));

        assertProblem(reused, 422, "urn:o11y-shop:problem:idempotency-key-reused");
        assertThat(Tables.orderServiceSnapshot(shop.orderDatabase())).isEqualTo(before);
    }

    @Test
    void anEmptyCartCannotBeCheckedOut() {
        ShopperClient client = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());

        assertProblem(client.checkout(UUID.randomUUID().toString(), Checkouts.approved()), 409,
                "urn:o11y-shop:problem:cart-empty");
    }

    @Test
    void aDeclinedPaymentReleasesTheStockAndPlacesNothing() {
        Shopper shopper = OrderUnderTest.newShopper();
        ShopperClient client = ShopperClient.of(shop.order(), shopper);
        inCart(client, 15, 2);
        long available = available(15);
        String key = UUID.randomUUID().toString();

        Answer declined = client.checkout(key, Checkouts.declined());

        assertProblem(declined, 402, "urn:o11y-shop:problem:payment-declined");
        assertThat(available(15)).isEqualTo(available);
        assertThat(Tables.queryLong(shop.inventoryDatabase(), "SELECT reserved FROM stock_item WHERE product_id = 15")).isZero();
        assertThat(Tables.count(shop.inventoryDatabase(), "stock_movement WHERE product_id = 15 AND kind = 'released' AND actor = '"
                + shopper.id() + "'")).as("released for the shopper").isEqualTo(1);
        assertThat(Tables.count(shop.orderDatabase(), "customer_order WHERE user_id = '" + shopper.id() + "'")).isZero();
        assertThat(Tables.count(shop.orderDatabase(), "checkout WHERE user_id = '" + shopper.id() + "'")).isZero();
        assertThat(client.get("/cart").json().path("items").size()).as("the cart is kept").isEqualTo(1);
        // nothing of the declined attempt is left: the key may be used again, with another card
        assertThat(placed(client.checkout(key, Checkouts.approved())).path("itemCount").asInt()).isEqualTo(2);
    }

    @Test
    void aPaymentThatTimesOutReleasesTheStock() {
        ServiceUnderTest slowPayments = ShopUnderTest.separateOrderService(engine(),
                TestDatabases.of(engine(), "it_order_slow_payment"),
                Map.of("shop.payment.latency", "3s", "shop.payment.timeout", "200ms"));
        try {
            ShopperClient client = ShopperClient.of(slowPayments, OrderUnderTest.newShopper());
            inCart(client, 16, 1);
            long available = available(16);

            assertProblem(client.checkout(UUID.randomUUID().toString(), Checkouts.approved()), 402,
                    "urn:o11y-shop:problem:payment-declined");
            assertThat(available(16)).isEqualTo(available);
        } finally {
            slowPayments.stop();
        }
    }

    @Test
    void twoCheckoutsOfOneCartWithDifferentKeysPlaceOneOrder() throws Exception {
        ServiceUnderTest slowPayments = ShopUnderTest.separateOrderService(engine(),
                TestDatabases.of(engine(), "it_order_one_at_a_time"),
                Map.of("shop.payment.latency", "1500ms", "shop.payment.timeout", "10s"));
        try {
            Shopper shopper = OrderUnderTest.newShopper();
            ShopperClient client = ShopperClient.of(slowPayments, shopper);
            inCart(client, 36, 1);

            CompletableFuture<Answer> firstTab = CompletableFuture.supplyAsync(
                    () -> client.checkout(UUID.randomUUID().toString(), Checkouts.approved()));
            Thread.sleep(300);
            Answer secondTab = client.checkout(UUID.randomUUID().toString(), Checkouts.approved());

            assertProblem(secondTab, 409, "urn:o11y-shop:problem:checkout-in-progress");
            assertThat(firstTab.get(20, TimeUnit.SECONDS).status()).isEqualTo(201);
            assertThat(Tables.count(TestDatabases.of(engine(), "it_order_one_at_a_time"),
                    "customer_order WHERE user_id = '" + shopper.id() + "'")).isEqualTo(1);
        } finally {
            slowPayments.stop();
        }
    }

    @Test
    void anAttemptCutOffHalfWayBlocksNeitherItsKeyNorTheNextCheckout() {
        Shopper shopper = OrderUnderTest.newShopper();
        ShopperClient client = ShopperClient.of(shop.order(), shopper);
        inCart(client, 37, 1);
        String key = UUID.randomUUID().toString();
        String tenMinutesAgo = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10));
        Tables.execute(shop.orderDatabase(), "INSERT INTO checkout (id, user_id, idempotency_key, request_fingerprint, created_at)"
                + " VALUES ('" + UUID.randomUUID() + "', '" + shopper.id() + "', '" + key + "', '" + "0".repeat(64)
                + "', TIMESTAMP '" + tenMinutesAgo + "')");

        JsonNode order = placed(client.checkout(key, Checkouts.approved()));

        assertThat(order.path("itemCount").asInt()).isEqualTo(1);
        assertThat(Tables.count(shop.orderDatabase(), "checkout WHERE user_id = '" + shopper.id() + "'")).isEqualTo(1);
    }

    @Test
    void aChangedPriceStopsCheckoutAndUpdatesTheCart() {
        ShopperClient client = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
        long oldPrice = inCart(client, 12, 2).path("items").get(0).path("unitPrice").path("amount").asLong();
        Tables.execute(shop.catalogDatabase(), "UPDATE product SET price_jpy = price_jpy + 500 WHERE id = 12");

        Answer refused = client.checkout(UUID.randomUUID().toString(), Checkouts.approved());

        assertProblem(refused, 409, "urn:o11y-shop:problem:price-changed");
        JsonNode change = refused.json().path("priceChanges").get(0);
        assertThat(change.path("productId").asLong()).isEqualTo(12);
        assertThat(change.path("previousPrice").path("amount").asLong()).isEqualTo(oldPrice);
        assertThat(change.path("currentPrice").path("amount").asLong()).isEqualTo(oldPrice + 500);
        assertThat(client.get("/cart").json().path("items").get(0).path("unitPrice").path("amount").asLong())
                .isEqualTo(oldPrice + 500);
        assertThat(Tables.count(shop.inventoryDatabase(), "stock_item WHERE product_id = 12 AND reserved > 0"))
                .as("nothing reserved").isZero();

        JsonNode order = placed(client.checkout(UUID.randomUUID().toString(), Checkouts.approved()));
        assertThat(order.path("total").path("amount").asLong()).isEqualTo(2 * (oldPrice + 500));
    }

    @Test
    void aProductTheCatalogNoLongerSellsIsTakenOutOfTheCart() {
        ShopperClient client = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
        inCart(client, 17, 1);
        inCart(client, 13, 1);
        Tables.execute(shop.catalogDatabase(), "UPDATE product SET deleted_at = CURRENT_TIMESTAMP WHERE id = 13");

        Answer refused = client.checkout(UUID.randomUUID().toString(), Checkouts.approved());

        assertProblem(refused, 409, "urn:o11y-shop:problem:products-unavailable");
        assertThat(refused.json().path("unavailableProducts").valueStream().map(JsonNode::asLong)).containsExactly(13L);
        assertThat(client.get("/cart").json().path("items").valueStream().map(line -> line.path("productId").asLong()))
                .containsExactly(17L);
    }

    @Test
    void tooLittleStockIsRefusedNamingWhatIsShort() {
        Shopper shopper = OrderUnderTest.newShopper();
        ShopperClient client = ShopperClient.of(shop.order(), shopper);
        inCart(client, 18, 1);
        inCart(client, 10, 1);

        Answer refused = client.checkout(UUID.randomUUID().toString(), Checkouts.approved());

        assertProblem(refused, 409, "urn:o11y-shop:problem:insufficient-stock");
        assertThat(refused.json().path("shortages").valueStream().map(s -> s.path("productId").asLong())).containsExactly(10L);
        assertThat(Tables.count(shop.inventoryDatabase(), "stock_item WHERE product_id = 18 AND reserved > 0")).isZero();
        assertThat(Tables.count(shop.orderDatabase(), "customer_order WHERE user_id = '" + shopper.id() + "'")).isZero();
        assertThat(client.get("/cart").json().path("items").size()).isEqualTo(2);
    }

    @Test
    void theHistoryListsOnlyTheShoppersOwnOrdersNewestFirst() {
        ShopperClient alice = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
        ShopperClient bob = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
        inCart(alice, 19, 1);
        JsonNode older = placed(alice.checkout(UUID.randomUUID().toString(), Checkouts.approved()));
        inCart(alice, 20, 1);
        JsonNode newer = placed(alice.checkout(UUID.randomUUID().toString(), Checkouts.approved()));
        inCart(bob, 21, 1);
        JsonNode bobs = placed(bob.checkout(UUID.randomUUID().toString(), Checkouts.approved()));

        Answer firstPage = alice.get("/orders?size=1");

        CONTRACT.assertResponse("GET", "/orders", firstPage.status(), firstPage.contentType(), firstPage.body());
        JsonNode page = firstPage.json();
        assertThat(page.path("totalItems").asLong()).isEqualTo(2);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("orderId")).isEqualTo(newer.path("orderId"));
        assertThat(alice.get("/orders?page=1&size=1").json().path("items").get(0).path("orderId"))
                .isEqualTo(older.path("orderId"));

        Answer someoneElses = alice.get("/orders/" + bobs.path("orderId").asString());
        assertProblem("GET", "/orders/{orderId}", someoneElses, 404, "urn:o11y-shop:problem:not-found");
    }

    @Test
    void ordersNeedASignedInShopper() {
        ShopperClient visitor = ShopperClient.anonymous(shop.order());

        assertProblem(visitor.checkout(UUID.randomUUID().toString(), Checkouts.approved()), 401,
                "urn:o11y-shop:problem:unauthenticated");
        assertProblem("GET", "/orders", visitor.get("/orders"), 401, "urn:o11y-shop:problem:unauthenticated");
    }

    private static JsonNode inCart(ShopperClient client, long productId, int quantity) {
        Answer answer = client.put("/cart/items/" + productId, "{\"quantity\":" + quantity + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private long available(long productId) {
        return shop.inventory().client().get("/stock/" + productId).json().path("available").asLong();
    }

    private static JsonNode placed(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        CONTRACT.assertResponse("POST", "/orders", 201, answer.contentType(), answer.body());
        return answer.json();
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertProblem("POST", "/orders", answer, status, type);
    }

    private static void assertProblem(String method, String template, Answer answer, int status, String type) {
        assertThat(answer.status()).as(method + " " + template + ": " + answer.body()).isEqualTo(status);
        CONTRACT.assertResponse(method, template, status, answer.contentType(), answer.body());
        assertThat(answer.json().path("type").asString()).isEqualTo(type);
    }
}

class CheckoutApiOnPostgresTest extends CheckoutApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class CheckoutApiOnMysqlTest extends CheckoutApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

package o11yshop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import o11yshop.order.ShopperClient.Answer;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile input on every endpoint (§8 "bad input"): each is answered with a 4xx
 * {@code application/problem+json} that the contract declares, and nothing is written — every table
 * of the order service is the same before and after. The shopper has a cart ready to check out, so a
 * checkout that slipped through would show up as an order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("order");
    private static final String ADDRESS = """
            {"name":"山田 太郎","postalCode":"100-0001","prefecture":"東京都","city":"千代田区","line1":"千代田1-1","phone":"03-1234-5678"}""";
    private static final String PAYMENT = "{\"method\":\"card\",\"cardLast4\":\"4242\"}";

    private OrderUnderTest.Service shop;
    private ShopperClient shopper;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void prepareACartReadyToCheckOut() {
        shop = OrderUnderTest.on(engine());
        shopper = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
        assertThat(shopper.put("/cart/items/5", "{\"quantity\":1}").status()).isEqualTo(200);
    }

    static Stream<Arguments> badCartItems() {
        return Stream.of(
                Arguments.of("/cart/items/5", "{\"quantity\":0}", 400),
                Arguments.of("/cart/items/5", "{\"quantity\":-1}", 400),
                Arguments.of("/cart/items/5", "{\"quantity\":100}", 400),
                Arguments.of("/cart/items/5", "{\"quantity\":2147483648}", 400),
                Arguments.of("/cart/items/5", "{\"quantity\":99999999999999999999999}", 400),
                Arguments.of("/cart/items/5", "{\"quantity\":1.5}", 400),
                Arguments.of("/cart/items/5", "{\"quantity\":\"5\"}", 400),
                Arguments.of("/cart/items/5", "{\"quantity\":null}", 400),
                Arguments.of("/cart/items/5", "{}", 400),
                Arguments.of("/cart/items/5", "{\"quantity\":2,\"unitPrice\":1}", 400),
                Arguments.of("/cart/items/5", "{\"quantity\":", 400),
                Arguments.of("/cart/items/5", "[{\"quantity\":1}]", 400),
                Arguments.of("/cart/items/5", "", 400),
                Arguments.of("/cart/items/0", "{\"quantity\":1}", 400),
                Arguments.of("/cart/items/-3", "{\"quantity\":1}", 400),
                Arguments.of("/cart/items/abc", "{\"quantity\":1}", 400),
                Arguments.of("/cart/items/99999999999999999999", "{\"quantity\":1}", 400),
                Arguments.of("/cart/items/999999", "{\"quantity\":1}", 404));
    }

    @ParameterizedTest(name = "PUT {0} {1} → {2}")
    @MethodSource("badCartItems")
    void badCartItemsAreRefused(String path, String body, int status) {
        assertRefusedWithoutAWrite("PUT", "/cart/items/{productId}", status, () -> shopper.put(path, body));
    }

    @ParameterizedTest(name = "DELETE {0}")
    @MethodSource("badProductIds")
    void badProductIdsAreRefusedOnRemoval(String productId) {
        assertRefusedWithoutAWrite("DELETE", "/cart/items/{productId}", 400, () -> shopper.delete("/cart/items/" + productId));
    }

    static Stream<String> badProductIds() {
        return Stream.of("0", "-1", "abc", "1.5", "99999999999999999999");
    }

    static Stream<String> badGuestCarts() {
        String tooMany = IntStream.rangeClosed(1, 51).mapToObj(id -> "{\"productId\":" + id + ",\"quantity\":1}")
                .collect(Collectors.joining(",", "{\"items\":[", "]}"));
        return Stream.of(
                "{\"items\":[{\"productId\":1,\"quantity\":0}]}",
                "{\"items\":[{\"productId\":1,\"quantity\":100}]}",
                "{\"items\":[{\"productId\":1,\"quantity\":-5}]}",
                "{\"items\":[{\"productId\":0,\"quantity\":1}]}",
                "{\"items\":[{\"productId\":\"one\",\"quantity\":1}]}",
                "{\"items\":[{\"productId\":1}]}",
                "{\"items\":[null]}",
                "{\"items\":[{\"productId\":1,\"quantity\":1,\"price\":1}]}",
                "{\"items\":{}}",
                "{\"items\":null}",
                "{}",
                "{\"items\":[],\"extra\":true}",
                "{\"items\":[",
                "not json",
                tooMany);
    }

    @ParameterizedTest(name = "POST /cart/merge {0}")
    @MethodSource("badGuestCarts")
    void badGuestCartsAreRefused(String body) {
        assertRefusedWithoutAWrite("POST", "/cart/merge", 400, () -> shopper.post("/cart/merge", body));
    }

    static Stream<String> badCheckouts() {
        String name51 = "あ".repeat(51);
        String line101 = "x".repeat(101);
        return Stream.of(
                "{\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS + "}",
                "{\"shippingAddress\":" + ADDRESS + ",\"payment\":" + PAYMENT + ",\"coupon\":\"FREE\"}",
                "{\"shippingAddress\":" + ADDRESS.replace("100-0001", "1000") + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS.replace("東京都", "Tokyo") + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS.replace("山田 太郎", name51) + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS.replace("山田 太郎", "") + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS.replace("山田 太郎", "   ") + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS.replace("千代田1-1", line101) + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS.replace("千代田1-1", "a\\u0000b") + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS.replace("03-1234-5678", "12345") + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS.replace("\"city\"", "\"country\":\"JP\",\"city\"") + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS.replace("\"山田 太郎\"", "5") + ",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS + ",\"payment\":{\"method\":\"cash\",\"cardLast4\":\"4242\"}}",
                "{\"shippingAddress\":" + ADDRESS + ",\"payment\":{\"method\":\"card\",\"cardLast4\":\"42424\"}}",
                "{\"shippingAddress\":" + ADDRESS + ",\"payment\":{\"method\":\"card\",\"cardLast4\":4242}}",
                "{\"shippingAddress\":" + ADDRESS + ",\"payment\":{\"method\":\"card\",\"cardNumber\":\"4242424242424242\"}}",
                "{\"shippingAddress\":\"東京都\",\"payment\":" + PAYMENT + "}",
                "{\"shippingAddress\":" + ADDRESS,
                "null",
                "");
    }

    @ParameterizedTest(name = "POST /orders {0}")
    @MethodSource("badCheckouts")
    void badCheckoutsAreRefused(String body) {
        assertRefusedWithoutAWrite("POST", "/orders", 400, () -> shopper.checkout("bad-input-" + body.hashCode(), body));
    }

    static Stream<String> badIdempotencyKeys() {
        return Stream.of("", "k".repeat(101), "two words", "käse", "<script>");
    }

    @ParameterizedTest(name = "Idempotency-Key \"{0}\"")
    @MethodSource("badIdempotencyKeys")
    void badIdempotencyKeysAreRefused(String key) {
        String body = "{\"shippingAddress\":" + ADDRESS + ",\"payment\":" + PAYMENT + "}";
        assertRefusedWithoutAWrite("POST", "/orders", 400, () -> shopper.send("POST", "/orders", body, "Idempotency-Key", key));
    }

    @Test
    void aCheckoutWithoutAnIdempotencyKeyIsRefused() {
        String body = "{\"shippingAddress\":" + ADDRESS + ",\"payment\":" + PAYMENT + "}";
        Answer answer = assertRefusedWithoutAWrite("POST", "/orders", 400, () -> shopper.checkout(null, body));

        assertThat(answer.json().path("errors").get(0).path("parameter").asString()).isEqualTo("Idempotency-Key");
    }

    static Stream<Arguments> badOrderQueries() {
        return Stream.of(
                Arguments.of("/orders?page=-1", "/orders", 400),
                Arguments.of("/orders?page=abc", "/orders", 400),
                Arguments.of("/orders?page=10001", "/orders", 400),
                Arguments.of("/orders?size=0", "/orders", 400),
                Arguments.of("/orders?size=101", "/orders", 400),
                Arguments.of("/orders/not-a-uuid", "/orders/{orderId}", 400),
                Arguments.of("/orders/1", "/orders/{orderId}", 400),
                Arguments.of("/orders/00000000-0000-0000-0000-000000000000", "/orders/{orderId}", 404));
    }

    @ParameterizedTest(name = "GET {0} → {2}")
    @MethodSource("badOrderQueries")
    void badOrderQueriesAreRefused(String path, String template, int status) {
        assertRefusedWithoutAWrite("GET", template, status, () -> shopper.get(path));
    }

    private Answer assertRefusedWithoutAWrite(String method, String template, int status,
            Supplier<Answer> request) {
        String before = Tables.orderServiceSnapshot(shop.orderDatabase());

        Answer answer = request.get();

        assertThat(answer.status()).as(method + " " + template + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        CONTRACT.assertResponse(method, template, status, answer.contentType(), answer.body());
        assertThat(Tables.orderServiceSnapshot(shop.orderDatabase())).as("nothing written").isEqualTo(before);
        return answer;
    }
}

class BadInputOnPostgresTest extends BadInputTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class BadInputOnMysqlTest extends BadInputTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

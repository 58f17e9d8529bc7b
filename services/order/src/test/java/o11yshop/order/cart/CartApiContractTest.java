package o11yshop.order.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import o11yshop.order.OrderUnderTest;
import o11yshop.order.ShopperClient;
import o11yshop.order.ShopperClient.Answer;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The cart API on a real database with the real catalog (and its inventory) beside it; every answer is
 * checked against {@code api/order.yaml}. Prices come from the catalog's demo data. The same suite runs
 * on PostgreSQL and on MySQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CartApiContractTest {

    static final OpenApiContract CONTRACT = OpenApiContract.forService("order");

    private OrderUnderTest.Service shop;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startShop() {
        shop = OrderUnderTest.on(engine());
    }

    private ShopperClient newShopper() {
        return ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
    }

    @Test
    void aShopperWhoNeverUsedACartHasAnEmptyOne() {
        JsonNode cart = ok("GET", "/cart", newShopper().get("/cart"));

        assertThat(cart.path("items").size()).isZero();
        assertThat(cart.path("itemCount").asInt()).isZero();
        assertThat(cart.path("total").path("amount").asLong()).isZero();
        assertThat(cart.has("updatedAt")).isFalse();
    }

    @Test
    void addingProductsSnapshotsTheCatalogsNamesAndPrices() {
        ShopperClient shopper = newShopper();

        ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/1", "{\"quantity\":2}"));
        JsonNode cart = ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/3", "{\"quantity\":1}"));

        assertThat(cart.path("items").valueStream().map(line -> line.path("productId").asLong())).containsExactly(1L, 3L);
        JsonNode headphones = cart.path("items").get(0);
        assertThat(headphones.path("name").asString()).isEqualTo("Aurivo Pulse Wireless Headphones");
        assertThat(headphones.path("unitPrice").path("amount").asLong()).isEqualTo(24800);
        assertThat(headphones.path("lineTotal").path("amount").asLong()).isEqualTo(49600);
        long thirdPrice = cart.path("items").get(1).path("unitPrice").path("amount").asLong();
        assertThat(cart.path("itemCount").asInt()).isEqualTo(3);
        assertThat(cart.path("total").path("amount").asLong()).isEqualTo(49600 + thirdPrice);
        assertThat(cart.path("total").path("currency").asString()).isEqualTo("JPY");
        assertThat(ok("GET", "/cart", shopper.get("/cart"))).isEqualTo(cart);
    }

    @Test
    void puttingAProductAgainSetsItsQuantity() {
        ShopperClient shopper = newShopper();
        ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/4", "{\"quantity\":5}"));

        JsonNode cart = ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/4", "{\"quantity\":2}"));

        assertThat(cart.path("items").size()).isEqualTo(1);
        assertThat(cart.path("items").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(cart.path("itemCount").asInt()).isEqualTo(2);
    }

    @Test
    void removingAProductTakesItsLineOut() {
        ShopperClient shopper = newShopper();
        ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/7", "{\"quantity\":1}"));
        ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/8", "{\"quantity\":3}"));

        JsonNode cart = ok("DELETE", "/cart/items/{productId}", shopper.delete("/cart/items/7"));

        assertThat(cart.path("items").valueStream().map(line -> line.path("productId").asLong())).containsExactly(8L);
        assertThat(cart.path("itemCount").asInt()).isEqualTo(3);
    }

    @Test
    void removingAProductThatIsNotInTheCartChangesNothing() {
        ShopperClient shopper = newShopper();
        JsonNode before = ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/9", "{\"quantity\":1}"));

        assertThat(ok("DELETE", "/cart/items/{productId}", shopper.delete("/cart/items/11"))).isEqualTo(before);
    }

    @Test
    void eachShopperSeesOnlyTheirOwnCart() {
        ShopperClient alice = newShopper();
        ShopperClient bob = newShopper();
        ok("PUT", "/cart/items/{productId}", alice.put("/cart/items/1", "{\"quantity\":1}"));

        assertThat(ok("GET", "/cart", bob.get("/cart")).path("items").size()).isZero();
        ok("DELETE", "/cart/items/{productId}", bob.delete("/cart/items/1"));
        assertThat(ok("GET", "/cart", alice.get("/cart")).path("items").size()).isEqualTo(1);
    }

    @Test
    void aCartHoldsAtMostFiftyProducts() {
        ShopperClient shopper = newShopper();
        List<Long> products = LongStream.rangeClosed(14, 66).boxed().toList();
        products.subList(0, 50).forEach(id -> ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/" + id, "{\"quantity\":1}")));

        Answer refused = shopper.put("/cart/items/" + products.get(50), "{\"quantity\":1}");

        assertProblem("PUT", "/cart/items/{productId}", refused, 409, "urn:o11y-shop:problem:cart-full");
        JsonNode cart = ok("GET", "/cart", shopper.get("/cart"));
        assertThat(cart.path("items").size()).isEqualTo(50);
        // a product already in the full cart can still change its quantity
        ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/" + products.getFirst(), "{\"quantity\":4}"));
    }

    @Test
    void anUnknownProductIsNotFound() {
        ShopperClient shopper = newShopper();

        assertProblem("PUT", "/cart/items/{productId}", shopper.put("/cart/items/999999", "{\"quantity\":1}"), 404,
                "urn:o11y-shop:problem:product-not-found");
        assertThat(ok("GET", "/cart", shopper.get("/cart")).path("items").size()).isZero();
    }

    @Test
    void aGuestCartMergesIntoTheShoppersCart() {
        ShopperClient shopper = newShopper();
        ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/1", "{\"quantity\":2}"));
        ok("PUT", "/cart/items/{productId}", shopper.put("/cart/items/3", "{\"quantity\":95}"));

        Answer merged = shopper.post("/cart/merge", """
                {"items":[{"productId":1,"quantity":3},{"productId":3,"quantity":10},{"productId":999999,"quantity":1},
                          {"productId":4,"quantity":1},{"productId":4,"quantity":2}]}""");

        JsonNode result = ok("POST", "/cart/merge", merged);
        JsonNode items = result.path("cart").path("items");
        assertThat(items.valueStream().map(line -> line.path("productId").asLong() + "x" + line.path("quantity").asInt()))
                .as("quantities add up, capped at 99; a product listed twice counts twice")
                .containsExactly("1x5", "3x99", "4x3");
        assertThat(result.path("skipped").valueStream().map(s -> s.path("productId").asLong() + ":" + s.path("reason").asString()))
                .containsExactly("999999:product_not_found");
        assertThat(ok("GET", "/cart", shopper.get("/cart"))).isEqualTo(result.path("cart"));
    }

    @Test
    void mergingIntoAFullCartSkipsTheNewProducts() {
        ShopperClient shopper = newShopper();
        StringBuilder guestCart = new StringBuilder("{\"items\":[");
        IntStream.rangeClosed(14, 63).forEach(id -> guestCart.append("{\"productId\":").append(id).append(",\"quantity\":1},"));
        guestCart.setLength(guestCart.length() - 1);
        guestCart.append("]}");
        ok("POST", "/cart/merge", shopper.post("/cart/merge", guestCart.toString()));

        JsonNode result = ok("POST", "/cart/merge", shopper.post("/cart/merge",
                "{\"items\":[{\"productId\":14,\"quantity\":1},{\"productId\":64,\"quantity\":1}]}"));

        assertThat(result.path("cart").path("items").size()).isEqualTo(50);
        assertThat(result.path("cart").path("items").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(result.path("skipped").valueStream().map(s -> s.path("productId").asLong() + ":" + s.path("reason").asString()))
                .containsExactly("64:cart_full");
    }

    @Test
    void anEmptyGuestCartChangesNothing() {
        ShopperClient shopper = newShopper();

        JsonNode result = ok("POST", "/cart/merge", shopper.post("/cart/merge", "{\"items\":[]}"));

        assertThat(result.path("cart").path("items").size()).isZero();
        assertThat(result.path("skipped").size()).isZero();
    }

    @Test
    void theCartNeedsASignedInShopper() {
        ShopperClient visitor = ShopperClient.anonymous(shop.order());

        assertProblem("GET", "/cart", visitor.get("/cart"), 401, "urn:o11y-shop:problem:unauthenticated");
        assertProblem("PUT", "/cart/items/{productId}", visitor.put("/cart/items/1", "{\"quantity\":1}"), 401,
                "urn:o11y-shop:problem:unauthenticated");
    }

    private static JsonNode ok(String method, String template, Answer answer) {
        assertThat(answer.status()).as(method + " " + template + ": " + answer.body()).isEqualTo(200);
        CONTRACT.assertResponse(method, template, answer.status(), answer.contentType(), answer.body());
        return answer.json();
    }

    static void assertProblem(String method, String template, Answer answer, int status, String type) {
        assertThat(answer.status()).as(method + " " + template + ": " + answer.body()).isEqualTo(status);
        CONTRACT.assertResponse(method, template, status, answer.contentType(), answer.body());
        assertThat(answer.json().path("type").asString()).isEqualTo(type);
    }
}

class CartApiOnPostgresTest extends CartApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class CartApiOnMysqlTest extends CartApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

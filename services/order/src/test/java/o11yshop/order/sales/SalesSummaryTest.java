package o11yshop.order.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import o11yshop.order.Checkouts;
import o11yshop.order.OrderUnderTest;
import o11yshop.order.Shopper;
import o11yshop.order.ShopperClient;
import o11yshop.order.ShopperClient.Answer;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The admin dashboard's sales figures over real orders placed through the real checkout. Other tests of
 * the JVM place orders too, so the figures are compared before and after this test's own orders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SalesSummaryTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("order");

    private OrderUnderTest.Service shop;
    private ShopperClient admin;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startShop() {
        shop = OrderUnderTest.on(engine());
        UUID adminId = UUID.randomUUID();
        admin = ShopperClient.of(shop.order(), new Shopper(adminId,
                OrderUnderTest.tokens().accessToken(adminId, "admin@example.com", "admin", "customer")));
    }

    @Test
    void todaysOrdersAndRevenueCountEveryShoppersOrdersAndTheLatestComeFirst() {
        JsonNode before = summary("/sales-summary");

        JsonNode first = placeOrder(33, 2);
        JsonNode second = placeOrder(34, 1);
        JsonNode after = summary("/sales-summary");

        long ordered = first.path("total").path("amount").asLong() + second.path("total").path("amount").asLong();
        assertThat(after.path("day").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Tokyo")).toString());
        assertThat(after.path("timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(after.path("orderCount").asInt()).isEqualTo(before.path("orderCount").asInt() + 2);
        assertThat(after.path("revenue").path("amount").asLong())
                .isEqualTo(before.path("revenue").path("amount").asLong() + ordered);
        assertThat(after.path("averageOrderValue").path("amount").asLong()).isEqualTo(Math.round(
                (double) after.path("revenue").path("amount").asLong() / after.path("orderCount").asInt()));
        assertThat(after.path("recentOrders").valueStream().map(order -> order.path("orderNumber").asString()).limit(2))
                .containsExactly(second.path("orderNumber").asString(), first.path("orderNumber").asString());
    }

    @Test
    void aDayWithoutOrdersIsZeroNotAnError() {
        JsonNode quiet = summary("/sales-summary?day=2001-01-01");

        assertThat(quiet.path("orderCount").asInt()).isZero();
        assertThat(quiet.path("revenue").path("amount").asLong()).isZero();
        assertThat(quiet.path("averageOrderValue").path("amount").asLong()).isZero();
    }

    @Test
    void onlyAnAdminSeesTheFigures() {
        Answer customer = ShopperClient.of(shop.order(), OrderUnderTest.newShopper()).get("/sales-summary");
        Answer visitor = ShopperClient.anonymous(shop.order()).get("/sales-summary");

        assertProblem(customer, 403, "urn:o11y-shop:problem:forbidden");
        assertProblem(visitor, 401, "urn:o11y-shop:problem:unauthenticated");
    }

    @Test
    void aDayThatIsNotADateIsABadRequest() {
        assertProblem(admin.get("/sales-summary?day=yesterday"), 400, "urn:o11y-shop:problem:invalid-parameter");
        assertProblem(admin.get("/sales-summary?day=2026-02-30"), 400, "urn:o11y-shop:problem:invalid-parameter");
    }

    private JsonNode summary(String path) {
        Answer answer = admin.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        CONTRACT.assertResponse("GET", "/sales-summary", 200, answer.contentType(), answer.body());
        return answer.json();
    }

    private JsonNode placeOrder(long productId, int quantity) {
        ShopperClient shopper = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
        Answer inCart = shopper.put("/cart/items/" + productId, "{\"quantity\":" + quantity + "}");
        assertThat(inCart.status()).as(inCart.body()).isEqualTo(200);
        Answer placed = shopper.checkout(UUID.randomUUID().toString(), Checkouts.approved());
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        return placed.json();
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        CONTRACT.assertResponse("GET", "/sales-summary", status, answer.contentType(), answer.body());
        assertThat(answer.json().path("type").asString()).isEqualTo(type);
    }
}

class SalesSummaryOnPostgresTest extends SalesSummaryTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class SalesSummaryOnMysqlTest extends SalesSummaryTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

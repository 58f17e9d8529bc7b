package o11yshop.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import o11yshop.order.Checkouts;
import o11yshop.order.OrderUnderTest;
import o11yshop.order.ShopUnderTest;
import o11yshop.order.ShopperClient;
import o11yshop.order.ShopperClient.Answer;
import o11yshop.order.Tables;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * No overselling (§8): 50 shoppers check out at the same moment, each wanting one of the last 5 units
 * of a product, through the real order service and the real inventory. Exactly 5 orders are placed,
 * the other 45 are told the stock is short, and the stock never goes below zero.
 */
abstract class CheckoutConcurrencyTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("order");
    private static final int SHOPPERS = 50;
    /** Demo product 30 has exactly 5 units; no other test of the JVM uses it. */
    private static final long LAST_UNITS_PRODUCT = 30;
    private static final int LAST_UNITS = 5;

    abstract TestDatabase.Engine engine();

    @Test
    void fiftyShoppersRaceForTheLastFiveUnits() throws Exception {
        ShopUnderTest.Shop shop = ShopUnderTest.on(engine());
        assertThat(shop.inventory().client().get("/stock/" + LAST_UNITS_PRODUCT).json().path("available").asInt())
                .isEqualTo(LAST_UNITS);
        List<ShopperClient> shoppers = new ArrayList<>();
        for (int i = 0; i < SHOPPERS; i++) {
            ShopperClient shopper = ShopperClient.of(shop.order(), OrderUnderTest.newShopper());
            assertThat(shopper.put("/cart/items/" + LAST_UNITS_PRODUCT, "{\"quantity\":1}").status()).isEqualTo(200);
            shoppers.add(shopper);
        }

        CountDownLatch go = new CountDownLatch(1);
        List<Answer> answers = new ArrayList<>();
        try (ExecutorService buyers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Answer>> pending = shoppers.stream().map(shopper -> buyers.submit(() -> {
                go.await();
                return shopper.checkout(UUID.randomUUID().toString(), Checkouts.approved());
            })).toList();
            go.countDown();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get());
            }
        }

        answers.forEach(answer -> CONTRACT.assertResponse("POST", "/orders", answer.status(), answer.contentType(), answer.body()));
        Map<String, Long> outcomes = answers.stream().collect(Collectors.groupingBy(
                answer -> answer.status() == 201 ? "placed" : answer.json().path("type").asString(), Collectors.counting()));
        assertThat(outcomes).isEqualTo(Map.of("placed", (long) LAST_UNITS,
                "urn:o11y-shop:problem:insufficient-stock", (long) (SHOPPERS - LAST_UNITS)));
        assertThat(Tables.count(shop.orderDatabase(), "order_line WHERE product_id = " + LAST_UNITS_PRODUCT))
                .isEqualTo(LAST_UNITS);
        assertThat(Tables.queryLong(shop.inventoryDatabase(),
                "SELECT available FROM stock_item WHERE product_id = " + LAST_UNITS_PRODUCT)).isZero();
        assertThat(Tables.queryLong(shop.inventoryDatabase(),
                "SELECT reserved FROM stock_item WHERE product_id = " + LAST_UNITS_PRODUCT)).isEqualTo(LAST_UNITS);
        assertThat(answers.stream().filter(answer -> answer.status() == 201)
                .map(answer -> answer.json().path("orderNumber").asString()).collect(Collectors.toSet()))
                .as("every order has its own number").hasSize(LAST_UNITS);
    }
}

class CheckoutConcurrencyOnPostgresTest extends CheckoutConcurrencyTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class CheckoutConcurrencyOnMysqlTest extends CheckoutConcurrencyTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

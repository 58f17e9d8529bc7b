package o11yshop.inventory.reservation;

import static o11yshop.inventory.InventoryUnderTest.expect;
import static o11yshop.inventory.InventoryUnderTest.expectProblem;
import static o11yshop.inventory.InventoryUnderTest.serviceToken;
import static o11yshop.inventory.db.Tables.RESERVATION_LINE;
import static o11yshop.inventory.db.Tables.STOCK_ITEM;
import static o11yshop.inventory.db.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import o11yshop.inventory.InventoryApi.Response;
import o11yshop.inventory.InventoryUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * §8 correctness under concurrency: with N buyers racing for the last K units, exactly K reservations
 * succeed and stock never goes below zero — over real HTTP, against a real database, on both engines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NoOversellingTest {

    private static final int BUYERS = 60;
    private static final int LAST_UNITS = 7;

    private InventoryUnderTest inventory;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startInventory() {
        inventory = InventoryUnderTest.on(engine());
    }

    @RepeatedTest(3)
    void sixtyBuyersRacingForTheLastSevenUnitsGetExactlySeven() throws Exception {
        long productId = inventory.productWithStock(LAST_UNITS);
        String body = "{\"orderReference\":\"race-" + productId + "\",\"lines\":[{\"productId\":" + productId + ",\"quantity\":1}]}";
        String token = serviceToken();
        CountDownLatch startingGun = new CountDownLatch(1);

        List<Response> responses;
        try (ExecutorService buyers = Executors.newFixedThreadPool(BUYERS)) {
            List<Future<Response>> attempts = IntStream.range(0, BUYERS)
                    .mapToObj(i -> buyers.submit(() -> {
                        startingGun.await();
                        return inventory.api().post("/reservations", token, body);
                    }))
                    .toList();
            startingGun.countDown();
            responses = attempts.stream().map(NoOversellingTest::await).toList();
        }

        List<Response> reserved = responses.stream().filter(response -> response.status() == 201).toList();
        List<Response> refused = responses.stream().filter(response -> response.status() == 409).toList();
        assertThat(reserved).hasSize(LAST_UNITS);
        assertThat(refused).hasSize(BUYERS - LAST_UNITS);
        reserved.forEach(response -> expect(201, "POST", "/reservations", response));
        refused.forEach(response -> expectProblem(409, "insufficient-stock", "POST", "/reservations", response));
        var stock = inventory.db().select(STOCK_ITEM.AVAILABLE, STOCK_ITEM.RESERVED).from(STOCK_ITEM)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId)).fetchSingle();
        assertThat(stock.value1()).as("available").isZero();
        assertThat(stock.value2()).as("reserved").isEqualTo(LAST_UNITS);
        assertThat(inventory.db().fetchCount(RESERVATION_LINE, RESERVATION_LINE.PRODUCT_ID.eq(productId))).isEqualTo(LAST_UNITS);
        assertThat(inventory.db().fetchCount(STOCK_MOVEMENT,
                STOCK_MOVEMENT.PRODUCT_ID.eq(productId).and(STOCK_MOVEMENT.KIND.eq("reserved")))).isEqualTo(LAST_UNITS);
        assertThat(inventory.db().fetchCount(STOCK_MOVEMENT,
                STOCK_MOVEMENT.PRODUCT_ID.eq(productId).and(STOCK_MOVEMENT.AVAILABLE_AFTER.lt(0)))).isZero();
    }

    private static Response await(Future<Response> attempt) {
        try {
            return attempt.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

class NoOversellingOnPostgresTest extends NoOversellingTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class NoOversellingOnMysqlTest extends NoOversellingTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

package o11yshop.inventory.reservation;

import static o11yshop.inventory.InventoryUnderTest.expect;
import static o11yshop.inventory.InventoryUnderTest.serviceToken;
import static o11yshop.inventory.db.Tables.RESERVATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import o11yshop.inventory.InventoryApi;
import o11yshop.inventory.InventoryUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The expiry sweep runs on its own: a service whose reservations last one second gives an abandoned
 * checkout's units back without anyone asking.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReservationExpiryScheduleTest {

    private InventoryUnderTest inventory;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startInventoryWithShortReservations() {
        inventory = InventoryUnderTest.start(engine(), "it_inventory_expiry", Map.of(
                "shop.inventory.reservations.time-to-live", "1s",
                "shop.inventory.reservations.sweep-interval", "200ms"));
    }

    @AfterAll
    void stopInventory() {
        inventory.stop();
    }

    @Test
    void anAbandonedReservationIsReleasedByTheSchedule() throws InterruptedException {
        InventoryApi api = inventory.api();
        long productId = inventory.productWithStock(3);
        String id = expect(201, "POST", "/reservations", api.post("/reservations", serviceToken(),
                "{\"orderReference\":\"abandoned-1\",\"lines\":[{\"productId\":" + productId + ",\"quantity\":3}]}"))
                .json().path("reservationId").asString();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!"expired".equals(status(id)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        assertThat(status(id)).isEqualTo("expired");
        assertThat(expect(200, "GET", "/stock/{productId}", api.get("/stock/" + productId, null)).json()
                .path("available").asInt()).isEqualTo(3);
    }

    private String status(String reservationId) {
        return inventory.db().fetchValue(RESERVATION.STATUS, RESERVATION.ID.eq(UUID.fromString(reservationId)));
    }
}

class ReservationExpiryScheduleOnPostgresTest extends ReservationExpiryScheduleTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class ReservationExpiryScheduleOnMysqlTest extends ReservationExpiryScheduleTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

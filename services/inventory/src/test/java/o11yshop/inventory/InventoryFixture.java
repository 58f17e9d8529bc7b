package o11yshop.inventory;

import java.util.UUID;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import o11yshop.platform.testing.authz.TestIssuer;
import o11yshop.platform.testing.openapi.ServiceFixture;

/**
 * inventory's rows for the generated suites: what api/inventory.yaml alone cannot say. A product that is
 * new to every request where the request changes stock, so the stock of one never meets another's.
 */
public final class InventoryFixture {

    private InventoryFixture() {
    }

    public static ServiceFixture onPostgres() {
        InventoryUnderTest inventory = InventoryUnderTest.on(TestDatabase.Engine.POSTGRESQL);
        return ServiceFixture.forService("inventory", inventory.rawClient().baseUrl(), TestDatabases.postgres("it_inventory"),
                        TestIssuer.callers())
                .operation("getStockLevels", row -> row.query("productIds", () -> "1,2"))
                .operation("getStockLevel", row -> row.path("productId", () -> "1"))
                .operation("getStockOverview")
                .operation("receiveStock", row -> row.path("productId", InventoryFixture::newProduct))
                .operation("adjustStock", row -> row.path("productId", InventoryFixture::newProduct))
                .operation("setLowStockThreshold", row -> row.path("productId", InventoryFixture::newProduct))
                .operation("getProductMovements", row -> row.path("productId", () -> "1"))
                .operation("getMovements")
                .operation("subscribeToRestock", row -> row.path("productId", InventoryFixture::newProduct))
                .operation("reserveStock", row -> row.header("Idempotency-Key", () -> UUID.randomUUID().toString()))
                .operation("releaseReservation", row -> row.path("reservationId", () -> UUID.randomUUID().toString()))
                .operation("commitReservation", row -> row.path("reservationId", () -> UUID.randomUUID().toString()))
                .build();
    }

    private static String newProduct() {
        return String.valueOf(InventoryUnderTest.newProductId());
    }
}

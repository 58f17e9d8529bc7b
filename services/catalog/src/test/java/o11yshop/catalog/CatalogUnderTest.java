package o11yshop.catalog;

import java.util.Map;
import o11yshop.inventory.InventoryApplication;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;

/**
 * The real catalog with the real inventory beside it, each on its own schema of the same database
 * engine, talking over HTTP as they do in the launched shop and in AWS.
 */
public final class CatalogUnderTest {

    private CatalogUnderTest() {
    }

    public static ServiceUnderTest on(TestDatabase.Engine engine) {
        ServiceUnderTest inventory = ServiceUnderTest.shared("inventory-" + engine, InventoryApplication::builder,
                TestDatabases.of(engine, "it_catalog_inventory"), Map.of());
        return ServiceUnderTest.shared("catalog-" + engine, CatalogApplication::builder,
                TestDatabases.of(engine, "it_catalog"), Map.of("shop.inventory.base-url", inventory.baseUrl()));
    }

    /** A catalog of its own whose inventory is wherever {@code inventoryBaseUrl} says, for outage tests. */
    public static ServiceUnderTest withInventoryAt(String inventoryBaseUrl) {
        return ServiceUnderTest.start(CatalogApplication.builder(),
                TestDatabases.postgres("it_catalog_outage"),
                Map.of("shop.inventory.base-url", inventoryBaseUrl, "shop.inventory.read-timeout", "300ms"));
    }
}

package o11yshop.catalog;

import java.util.HashMap;
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

    /** The catalog with the demo data exactly as the migrations make it, for tests that only read. */
    public static ServiceUnderTest on(TestDatabase.Engine engine) {
        return ServiceUnderTest.shared("catalog-" + engine, CatalogApplication::builder,
                TestDatabases.of(engine, "it_catalog"), Map.of("shop.inventory.base-url", inventory(engine).baseUrl()));
    }

    /**
     * A catalog of its own on its own schema, trusting the {@link TestIssuer}, for tests that change it;
     * the caller stops it when it is not shared.
     */
    public static ServiceUnderTest start(TestDatabase.Engine engine, String schema, Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("shop.inventory.base-url", inventory(engine).baseUrl());
        all.put("shop.security.issuer", TestIssuer.issuer());
        return ServiceUnderTest.start(CatalogApplication.builder(), TestDatabases.of(engine, schema), all);
    }

    /** A catalog of its own whose inventory is wherever {@code inventoryBaseUrl} says, for outage tests. */
    public static ServiceUnderTest withInventoryAt(String inventoryBaseUrl) {
        return ServiceUnderTest.start(CatalogApplication.builder(),
                TestDatabases.postgres("it_catalog_outage"),
                Map.of("shop.inventory.base-url", inventoryBaseUrl, "shop.inventory.read-timeout", "300ms"));
    }

    private static ServiceUnderTest inventory(TestDatabase.Engine engine) {
        return ServiceUnderTest.shared("inventory-" + engine, InventoryApplication::builder,
                TestDatabases.of(engine, "it_catalog_inventory"), Map.of());
    }
}

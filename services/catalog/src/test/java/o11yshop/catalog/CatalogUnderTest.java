package o11yshop.catalog;

import java.util.HashMap;
import java.util.Map;
import o11yshop.platform.testing.ContractStub;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import o11yshop.platform.testing.authz.TestIssuer;

/**
 * The real catalog on a database of its own, with inventory met at its contract ({@link InventoryStub}),
 * so that the catalog builds and tests alone; the whole shop is tested together in {@code integration/}.
 */
public final class CatalogUnderTest {

    private static final ContractStub INVENTORY = InventoryStub.start(0);

    private CatalogUnderTest() {
    }

    /** The catalog with the demo data exactly as the migrations make it, for tests that only read. */
    public static ServiceUnderTest on(TestDatabase.Engine engine) {
        return ServiceUnderTest.shared("catalog-" + engine, CatalogApplication::builder,
                TestDatabases.of(engine, "it_catalog"), Map.of("shop.inventory.base-url", INVENTORY.baseUrl()));
    }

    /**
     * A catalog of its own on its own schema, trusting the {@link TestIssuer}, for tests that change it;
     * the caller stops it when it is not shared.
     */
    public static ServiceUnderTest start(TestDatabase.Engine engine, String schema, Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("shop.inventory.base-url", INVENTORY.baseUrl());
        all.put("shop.security.issuer", TestIssuer.issuer());
        return ServiceUnderTest.start(CatalogApplication.builder(), TestDatabases.of(engine, schema), all);
    }

    /** A catalog of its own whose inventory is wherever {@code inventoryBaseUrl} says, for outage tests. */
    public static ServiceUnderTest withInventoryAt(String inventoryBaseUrl) {
        return ServiceUnderTest.start(CatalogApplication.builder(),
                TestDatabases.postgres("it_catalog_outage"),
                Map.of("shop.inventory.base-url", inventoryBaseUrl, "shop.inventory.read-timeout", "300ms"));
    }
}

package o11yshop.order;

import java.util.Map;
import o11yshop.catalog.CatalogApplication;
import o11yshop.inventory.InventoryApplication;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import o11yshop.platform.testing.authz.TestIssuer;

/**
 * The real order service with the real catalog and the real inventory beside it, each on its own schema
 * of the same database engine, talking over HTTP as they do in the launched shop and in AWS. All three
 * trust platform-testing's {@link TestIssuer}; the order service's own settings (its client at the
 * issuer's token endpoint included) are {@link OrderUnderTest}'s.
 */
public final class ShopUnderTest {

    /** The three services on one engine, and their schemas for tests that look into the tables. */
    public record Shop(ServiceUnderTest order, ServiceUnderTest catalog, ServiceUnderTest inventory,
            TestDatabase orderDatabase, TestDatabase catalogDatabase, TestDatabase inventoryDatabase) {
    }

    private ShopUnderTest() {
    }

    public static Shop on(TestDatabase.Engine engine) {
        ServiceUnderTest inventory = inventory(engine);
        ServiceUnderTest catalog = catalog(engine, inventory);
        TestDatabase orderDatabase = TestDatabases.of(engine, "it_shop_order");
        ServiceUnderTest order = ServiceUnderTest.shared("order-" + engine, OrderApplication::builder, orderDatabase,
                OrderUnderTest.properties(catalog.baseUrl(), inventory.baseUrl(), Map.of()));
        return new Shop(order, catalog, inventory, orderDatabase, TestDatabases.of(engine, "it_shop_catalog"),
                TestDatabases.of(engine, "it_shop_inventory"));
    }

    /**
     * An order service of its own on a schema of its own, beside the shared catalog and inventory, with
     * extra settings (a queue, a slow payment); the test stops it.
     */
    public static ServiceUnderTest separateOrderService(TestDatabase.Engine engine, TestDatabase database,
            Map<String, String> properties) {
        Shop shop = on(engine);
        return ServiceUnderTest.start(OrderApplication.builder(), database,
                OrderUnderTest.properties(shop.catalog().baseUrl(), shop.inventory().baseUrl(), properties));
    }

    private static ServiceUnderTest inventory(TestDatabase.Engine engine) {
        return ServiceUnderTest.shared("inventory-" + engine, InventoryApplication::builder,
                TestDatabases.of(engine, "it_shop_inventory"), Map.of("shop.security.issuer", TestIssuer.issuer()));
    }

    private static ServiceUnderTest catalog(TestDatabase.Engine engine, ServiceUnderTest inventory) {
        return ServiceUnderTest.shared("catalog-" + engine, CatalogApplication::builder,
                TestDatabases.of(engine, "it_shop_catalog"),
                Map.of("shop.inventory.base-url", inventory.baseUrl(), "shop.security.issuer", TestIssuer.issuer(),
                        // in one JVM with the order service, catalog has platform-security too: its reads stay public
                        "shop.security.public-paths", "GET /products,GET /products/**,GET /categories,GET /categories/**"));
    }
}

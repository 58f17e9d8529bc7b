package o11yshop.order;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import o11yshop.catalog.CatalogApplication;
import o11yshop.inventory.InventoryApplication;
import o11yshop.platform.security.testing.TokenEndpoint;
import o11yshop.platform.security.testing.TokenMint;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import o11yshop.platform.testing.authz.TestIssuer;

/**
 * The real order service with the real catalog and the real inventory beside it, each on its own schema
 * of the same database engine, talking over HTTP as they do in the launched shop and in AWS. Tokens come
 * from platform-testing's {@link TestIssuer}, the one issuer of the test JVM that all three trust; the order
 * service gets its own for inventory's reservations from a token endpoint of that issuer.
 */
public final class ShopUnderTest {

    private static final TokenMint TOKENS = TestIssuer.MINT;
    /** The order service's client: a token endpoint of the same issuer, with a secret made up per run. */
    private static final String ORDER_CLIENT_SECRET = "order-secret-" + UUID.randomUUID();
    private static final TokenEndpoint TOKEN_ENDPOINT = TokenEndpoint.forClient(TOKENS, "order", ORDER_CLIENT_SECRET,
            "inventory/reservations");

    /** The three services on one engine, and their schemas for tests that look into the tables. */
    public record Shop(ServiceUnderTest order, ServiceUnderTest catalog, ServiceUnderTest inventory,
            TestDatabase orderDatabase, TestDatabase catalogDatabase, TestDatabase inventoryDatabase) {
    }

    private ShopUnderTest() {
    }

    public static Shop on(TestDatabase.Engine engine) {
        ServiceUnderTest inventory = inventory(engine);
        ServiceUnderTest catalog = catalog(engine, inventory);
        TestDatabase orderDatabase = TestDatabases.of(engine, "it_order");
        ServiceUnderTest order = ServiceUnderTest.shared("order-" + engine, OrderApplication::builder, orderDatabase,
                orderProperties(catalog, inventory, Map.of()));
        return new Shop(order, catalog, inventory, orderDatabase, TestDatabases.of(engine, "it_order_catalog"),
                TestDatabases.of(engine, "it_order_inventory"));
    }

    /**
     * An order service of its own on a schema of its own, beside the shared catalog and inventory, with
     * extra settings (a queue, a slow payment); the test stops it.
     */
    public static ServiceUnderTest separateOrderService(TestDatabase.Engine engine, TestDatabase database,
            Map<String, String> properties) {
        Shop shop = on(engine);
        return ServiceUnderTest.start(OrderApplication.builder(), database,
                orderProperties(shop.catalog(), shop.inventory(), properties));
    }

    /** A signed-in customer: a new user ID and an access token for it. */
    public static Shopper newShopper() {
        UUID id = UUID.randomUUID();
        return new Shopper(id, TOKENS.accessToken(id, "shopper-" + id + "@example.com", "customer"));
    }

    /** The issuer every service under test trusts ({@code shop.security.issuer}). */
    public static String issuer() {
        return TestIssuer.issuer();
    }

    /** How many tokens the order service has fetched for itself so far. */
    public static int serviceTokensIssued() {
        return TOKEN_ENDPOINT.tokensIssued();
    }

    /** The order service's own client at the test issuer's token endpoint, which every order service needs to start. */
    public static Map<String, String> serviceIdentity() {
        return Map.of("shop.service-identity.token-uri", TOKEN_ENDPOINT.uri().toString(),
                "shop.service-identity.client-id", "order",
                "shop.service-identity.client-secret", ORDER_CLIENT_SECRET);
    }

    /** The issuer's token mint, for tests that need tokens it would never issue (expired, wrongly signed). */
    public static TokenMint tokens() {
        return TOKENS;
    }

    private static ServiceUnderTest inventory(TestDatabase.Engine engine) {
        return ServiceUnderTest.shared("inventory-" + engine, InventoryApplication::builder,
                TestDatabases.of(engine, "it_order_inventory"), Map.of("shop.security.issuer", TestIssuer.issuer()));
    }

    private static ServiceUnderTest catalog(TestDatabase.Engine engine, ServiceUnderTest inventory) {
        return ServiceUnderTest.shared("catalog-" + engine, CatalogApplication::builder,
                TestDatabases.of(engine, "it_order_catalog"),
                Map.of("shop.inventory.base-url", inventory.baseUrl(), "shop.security.issuer", TestIssuer.issuer(),
                        // in one JVM with the order service, catalog has platform-security too: its reads stay public
                        "shop.security.public-paths", "GET /products,GET /products/**,GET /categories,GET /categories/**"));
    }

    private static Map<String, String> orderProperties(ServiceUnderTest catalog, ServiceUnderTest inventory,
            Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "shop.security.issuer", TestIssuer.issuer(),
                "shop.catalog.base-url", catalog.baseUrl(),
                "shop.inventory.base-url", inventory.baseUrl(),
                // the first answers of freshly started services, and 50 connections opened at once by the
                // concurrency test, take seconds on a busy 2-core machine
                "shop.catalog.connect-timeout", "5s",
                "shop.catalog.read-timeout", "15s",
                "shop.inventory.connect-timeout", "5s",
                "shop.inventory.read-timeout", "15s",
                // tests wait for nothing they do not test
                "shop.payment.latency", "0ms"));
        properties.putAll(serviceIdentity());
        properties.putAll(extra);
        return properties;
    }
}

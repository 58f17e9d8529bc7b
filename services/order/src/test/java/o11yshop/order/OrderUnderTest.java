package o11yshop.order;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import o11yshop.platform.security.testing.TokenEndpoint;
import o11yshop.platform.security.testing.TokenMint;
import o11yshop.platform.testing.ContractStub;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import o11yshop.platform.testing.authz.TestIssuer;

/**
 * The real order service on a database of its own, with the catalog and inventory met at their
 * contracts ({@link CatalogStub}, {@link InventoryStub}), so that the service builds and tests alone; the
 * whole shop is tested together in {@code integration/}. Tokens come from platform-testing's
 * {@link TestIssuer}, the one issuer of the test JVM; the order service gets its own for inventory's
 * reservations from a token endpoint of that issuer.
 */
public final class OrderUnderTest {

    private static final TokenMint TOKENS = TestIssuer.MINT;
    /** The order service's client: a token endpoint of the same issuer, with a secret made up per run. */
    private static final String ORDER_CLIENT_SECRET = "order-secret-" + UUID.randomUUID();
    private static final TokenEndpoint TOKEN_ENDPOINT = TokenEndpoint.forClient(TOKENS, "order", ORDER_CLIENT_SECRET,
            "inventory/reservations");

    /** The order service and its schema, for tests that look into the tables. */
    public record Service(ServiceUnderTest order, TestDatabase orderDatabase) {
    }

    private OrderUnderTest() {
    }

    public static Service on(TestDatabase.Engine engine) {
        TestDatabase database = TestDatabases.of(engine, "it_order");
        return new Service(ServiceUnderTest.shared("order-" + engine, OrderApplication::builder, database,
                properties(Neighbours.CATALOG.baseUrl(), Neighbours.INVENTORY.baseUrl(), Map.of())), database);
    }

    /** An order service of its own on a schema of its own, with extra settings (a queue, a slow payment); the test stops it. */
    public static ServiceUnderTest separateOrderService(TestDatabase database, Map<String, String> properties) {
        return ServiceUnderTest.start(OrderApplication.builder(), database,
                properties(Neighbours.CATALOG.baseUrl(), Neighbours.INVENTORY.baseUrl(), properties));
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

    /** An order service's settings with the catalog and inventory at the given addresses, and {@code extra} on top. */
    public static Map<String, String> properties(String catalogBaseUrl, String inventoryBaseUrl, Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "shop.security.issuer", TestIssuer.issuer(),
                "shop.catalog.base-url", catalogBaseUrl,
                "shop.inventory.base-url", inventoryBaseUrl,
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

    /** Started when an order service alone is first asked for, not when the whole shop borrows this class's settings. */
    private static final class Neighbours {
        static final ContractStub CATALOG = CatalogStub.start();
        static final ContractStub INVENTORY = InventoryStub.start();
    }
}

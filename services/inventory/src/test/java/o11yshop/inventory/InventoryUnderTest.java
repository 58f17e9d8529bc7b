package o11yshop.inventory;

import static o11yshop.inventory.db.Tables.PROCESSED_EVENT;
import static o11yshop.inventory.db.Tables.RESERVATION;
import static o11yshop.inventory.db.Tables.RESERVATION_LINE;
import static o11yshop.inventory.db.Tables.RESTOCK_SUBSCRIPTION;
import static o11yshop.inventory.db.Tables.STOCK_ITEM;
import static o11yshop.inventory.db.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import o11yshop.inventory.InventoryApi.Response;
import o11yshop.platform.testing.authz.TestIssuer;
import o11yshop.platform.testing.authz.TestUser;
import o11yshop.platform.testing.ApiClient;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The real inventory service on a real database engine, trusting the test JVM's {@link TestIssuer}, with
 * what its tests need around it: an HTTP client, tokens, the contract, and a look into its tables.
 */
public final class InventoryUnderTest {

    public static final OpenApiContract CONTRACT = OpenApiContract.forService("inventory");

    // above the demo data's products, and a new one for every test, so tests sharing a service never meet
    private static final AtomicLong NEXT_PRODUCT_ID = new AtomicLong(100_000);

    private final ServiceUnderTest service;
    private final InventoryApi api;

    private InventoryUnderTest(ServiceUnderTest service) {
        this.service = service;
        this.api = new InventoryApi(service.baseUrl());
    }

    /** The service shared by the test classes of one JVM for this engine. */
    public static InventoryUnderTest on(TestDatabase.Engine engine) {
        TestDatabase database = TestDatabases.of(engine, "it_inventory");
        return new InventoryUnderTest(ServiceUnderTest.shared("inventory-" + engine, InventoryApplication::builder,
                database, securedByTheTestIssuer(Map.of())));
    }

    /** A service of its own on its own schema, with extra settings; the caller stops it. */
    public static InventoryUnderTest start(TestDatabase.Engine engine, String schema, Map<String, String> properties) {
        return new InventoryUnderTest(ServiceUnderTest.start(InventoryApplication.builder(),
                TestDatabases.of(engine, schema), securedByTheTestIssuer(properties)));
    }

    private static Map<String, String> securedByTheTestIssuer(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("shop.security.issuer", TestIssuer.issuer());
        return all;
    }

    public void stop() {
        service.stop();
    }

    public InventoryApi api() {
        return api;
    }

    /** platform-testing's client, for requests sent byte for byte as given ({@link ApiClient#rawGet}). */
    public ApiClient rawClient() {
        return new ApiClient(service.baseUrl());
    }

    public DSLContext db() {
        return service.context().getBean(DSLContext.class);
    }

    public <T> T bean(Class<T> type) {
        return service.context().getBean(type);
    }

    public static String tokenOf(TestUser user) {
        return user.token();
    }

    /** The order service's token: the only caller reservations are for. */
    public static String serviceToken() {
        return TestIssuer.serviceToken();
    }

    public static long newProductId() {
        return NEXT_PRODUCT_ID.incrementAndGet();
    }

    /** A product nobody else's test touches, with {@code units} received by an admin. */
    public long productWithStock(int units) {
        long productId = newProductId();
        expect(201, "POST", "/stock/{productId}/receipts",
                api.post("/stock/" + productId + "/receipts", tokenOf(TestUser.ADMIN), "{\"quantity\":" + units + "}"));
        return productId;
    }

    /** Asserts the status and that the response is what api/inventory.yaml declares for it. */
    public static Response expect(int status, String method, String pathTemplate, Response response) {
        assertThat(response.status()).as("%s %s → %s", method, pathTemplate, response).isEqualTo(status);
        CONTRACT.assertResponse(method, pathTemplate, status, response.contentType(), response.body());
        return response;
    }

    /** A problem+json response of this status and type, as the contract declares it. */
    public static Response expectProblem(int status, String type, String method, String pathTemplate, Response response) {
        expect(status, method, pathTemplate, response);
        assertThat(response.json().path("type").asString()).as(response.body()).isEqualTo("urn:o11y-shop:problem:" + type);
        return response;
    }

    /** Row counts of every table and the sums of the stock counts: equal snapshots mean nothing was written. */
    public Map<String, Long> tableState() {
        DSLContext db = db();
        Map<String, Long> state = new HashMap<>();
        state.put("stock_item rows", (long) db.fetchCount(STOCK_ITEM));
        state.put("stock_movement rows", (long) db.fetchCount(STOCK_MOVEMENT));
        state.put("reservation rows", (long) db.fetchCount(RESERVATION));
        state.put("held reservations", (long) db.fetchCount(RESERVATION, RESERVATION.STATUS.eq("held")));
        state.put("reservation_line rows", (long) db.fetchCount(RESERVATION_LINE));
        state.put("restock_subscription rows", (long) db.fetchCount(RESTOCK_SUBSCRIPTION));
        state.put("processed_event rows", (long) db.fetchCount(PROCESSED_EVENT));
        var sums = db.select(DSL.sum(STOCK_ITEM.AVAILABLE), DSL.sum(STOCK_ITEM.RESERVED), DSL.sum(STOCK_ITEM.LOW_STOCK_THRESHOLD))
                .from(STOCK_ITEM).fetchSingle();
        state.put("sum of available", sums.value1().longValue());
        state.put("sum of reserved", sums.value2().longValue());
        state.put("sum of thresholds", sums.value3().longValue());
        return state;
    }
}

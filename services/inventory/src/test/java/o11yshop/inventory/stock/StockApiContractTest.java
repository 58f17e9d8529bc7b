package o11yshop.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import o11yshop.inventory.InventoryApi;
import o11yshop.inventory.InventoryApi.Response;
import o11yshop.inventory.InventoryUnderTest;
import o11yshop.platform.testing.authz.TestUser;
import o11yshop.platform.testing.ApiClient;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The stock API on a real database, every response checked against {@code api/inventory.yaml}. The
 * same suite runs on PostgreSQL and MySQL; the expectations come from the demo data migration.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StockApiContractTest {

    private static final OpenApiContract CONTRACT = InventoryUnderTest.CONTRACT;

    private InventoryApi api;
    private ApiClient raw;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startInventory() {
        InventoryUnderTest inventory = InventoryUnderTest.on(engine());
        api = inventory.api();
        raw = inventory.rawClient();
    }

    @Test
    void batchLookupAnswersEveryRequestedProductInOrder() {
        Response response = get("/stock", "/stock?productIds=2,1,6,10");

        JsonNode items = response.json().path("items");
        assertThat(items.valueStream().map(item -> item.path("productId").asLong()).toList())
                .containsExactly(2L, 1L, 6L, 10L);
        assertThat(items.get(0).path("status").asString()).isEqualTo("low_stock");
        assertThat(items.get(0).path("available").asInt()).isEqualTo(3);
        assertThat(items.get(1).path("status").asString()).isEqualTo("in_stock");
        assertThat(items.get(2).path("status").asString()).as("untracked product").isEqualTo("sold_out");
        assertThat(items.get(2).path("available").asInt()).isZero();
        assertThat(items.get(3).path("status").asString()).isEqualTo("sold_out");
    }

    @Test
    void repeatedIdsAreAnsweredOnce() {
        Response response = get("/stock", "/stock?productIds=1,1,2,1");

        assertThat(response.json().path("items").size()).isEqualTo(2);
    }

    @Test
    void aHundredIdsAreOneCall() {
        String ids = LongStream.rangeClosed(1, 100).mapToObj(Long::toString).collect(Collectors.joining(","));

        Response response = get("/stock", "/stock?productIds=" + ids);

        assertThat(response.json().path("items").size()).isEqualTo(100);
    }

    @Test
    void singleLookupAtTheThresholdIsLow() {
        Response response = get("/stock/{productId}", "/stock/30");

        assertThat(response.json().path("status").asString()).isEqualTo("low_stock");
        assertThat(response.json().path("lowStockThreshold").asInt()).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/stock",
            "/stock?productIds=",
            "/stock?productIds=abc",
            "/stock?productIds=1,x,3",
            "/stock?productIds=0",
            "/stock?productIds=-4",
            "/stock?productIds=99999999999999999999",
            "/stock/abc",
            "/stock/0",
            "/stock/-1",
            "/stock/1.5"
    })
    void malformedInputIsAProblemNotAFailure(String pathAndQuery) {
        String template = pathAndQuery.startsWith("/stock/") ? "/stock/{productId}" : "/stock";

        Response response = api.get(pathAndQuery, null);

        assertThat(response.status()).isEqualTo(400);
        CONTRACT.assertResponse("GET", template, 400, response.contentType(), response.body());
        assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:invalid-parameter");
        assertThat(response.json().path("requestId").asString()).isEqualTo(response.header("X-Request-Id").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "1,,2", ",", "1,", ",1", "1,%00", "%001", "1;2", "1%0A,2", "%E2%80%AE1"})
    void aListOfIdsIsReadStrictlyNamingTheParameter(String productIds) {
        Response response = api.get("/stock?productIds=" + productIds, null);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        CONTRACT.assertResponse("GET", "/stock", 400, response.contentType(), response.body());
        assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:invalid-parameter");
        assertThat(response.json().path("errors").get(0).path("parameter").asString()).isEqualTo("productIds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stock?productIds=%ZZ", "/stock/%2e%2e/%2e%2e/actuator/env", "/stock/1%"})
    void unreadableRequestsAreProblemsToo(String rawPathAndQuery) {
        ApiClient.Response response = raw.rawGet(rawPathAndQuery);

        assertThat(response.status()).as(rawPathAndQuery + " → " + response.body()).isBetween(400, 404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void moreThanAHundredIdsAreRefused() {
        String ids = LongStream.rangeClosed(1, 101).mapToObj(Long::toString).collect(Collectors.joining(","));

        Response response = api.get("/stock?productIds=" + ids, null);

        assertThat(response.status()).isEqualTo(400);
        CONTRACT.assertResponse("GET", "/stock", 400, response.contentType(), response.body());
        assertThat(response.json().path("errors").get(0).path("parameter").asString()).isEqualTo("productIds");
    }

    @Test
    void anUnknownRouteIsAProblem() {
        Response response = api.get("/no-such-thing", InventoryUnderTest.tokenOf(TestUser.CUSTOMER));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:route-not-found");
    }

    @Test
    void theCallersRequestIdIsEchoed() {
        Response response = api.send("GET", "/stock/1", null, null, "X-Request-Id", "test-req-123");

        assertThat(response.header("X-Request-Id")).contains("test-req-123");
    }

    @Test
    void readinessChecksTheDatabase() {
        Response response = api.get("/actuator/health/readiness", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(List.of(response.json().path("components").propertyNames().toArray())).contains("db");
    }

    @Test
    void logLevelsChangePerPackageAtRunTimeForAnAdmin() {
        String logger = "/actuator/loggers/o11yshop.inventory.stock";
        String admin = InventoryUnderTest.tokenOf(TestUser.ADMIN);

        Response change = api.post(logger, admin, "{\"configuredLevel\":\"DEBUG\"}");
        Response after = api.get(logger, admin);
        api.post(logger, admin, "{\"configuredLevel\":null}");

        assertThat(change.status()).isEqualTo(204);
        assertThat(after.json().path("effectiveLevel").asString()).isEqualTo("DEBUG");
        assertThat(api.get(logger, admin).json().path("effectiveLevel").asString()).isEqualTo("INFO");
        assertThat(api.post(logger, InventoryUnderTest.tokenOf(TestUser.CUSTOMER), "{\"configuredLevel\":\"DEBUG\"}").status())
                .isEqualTo(403);
    }

    private Response get(String template, String pathAndQuery) {
        Response response = api.get(pathAndQuery, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        CONTRACT.assertResponse("GET", template, 200, response.contentType(), response.body());
        return response;
    }
}

class StockApiOnPostgresTest extends StockApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class StockApiOnMysqlTest extends StockApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

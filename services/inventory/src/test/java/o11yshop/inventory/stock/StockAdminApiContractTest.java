package o11yshop.inventory.stock;

import static o11yshop.inventory.InventoryUnderTest.expect;
import static o11yshop.inventory.InventoryUnderTest.expectProblem;
import static o11yshop.inventory.InventoryUnderTest.newProductId;
import static o11yshop.inventory.InventoryUnderTest.serviceToken;
import static o11yshop.inventory.InventoryUnderTest.tokenOf;
import static o11yshop.inventory.db.Tables.STOCK_ITEM;
import static o11yshop.inventory.db.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import o11yshop.inventory.InventoryApi.Response;
import o11yshop.inventory.InventoryApiTest;
import o11yshop.platform.testing.authz.TestUser;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Receiving, adjusting, thresholds, the overview and the audit trail (A-INV-01, A-INV-03), as the admin
 * console calls them, on a real database; every response checked against api/inventory.yaml. Each test
 * works on products of its own.
 */
abstract class StockAdminApiContractTest extends InventoryApiTest {

    private static final String RECEIPTS = "/stock/{productId}/receipts";
    private static final String ADJUSTMENTS = "/stock/{productId}/adjustments";
    private static final String THRESHOLD = "/stock/{productId}/threshold";
    private static final String PRODUCT_MOVEMENTS = "/stock/{productId}/movements";

    private final String admin = tokenOf(TestUser.ADMIN);

    @Test
    void aProductNeverSeenIsTrackedFromItsFirstReceipt() {
        long productId = newProductId();

        Response response = expect(201, "POST", RECEIPTS, receive(productId, "{\"quantity\":12,\"note\":\"delivery note DN-2041\"}"));

        JsonNode stock = response.json().path("stock");
        assertThat(stock.path("available").asInt()).isEqualTo(12);
        assertThat(stock.path("lowStockThreshold").asInt()).isEqualTo(5);
        assertThat(stock.path("status").asString()).isEqualTo("in_stock");
        JsonNode movement = response.json().path("movement");
        assertThat(movement.path("kind").asString()).isEqualTo("received");
        assertThat(movement.path("actor").asString()).isEqualTo(TestUser.ADMIN.id().toString());
        assertThat(movement.path("before").path("available").asInt()).isZero();
        assertThat(movement.path("after").path("available").asInt()).isEqualTo(12);
        assertThat(movement.path("delta").asInt()).isEqualTo(12);
        assertThat(movement.path("note").asString()).isEqualTo("delivery note DN-2041");
        assertThat(expect(200, "GET", "/stock/{productId}", api.get("/stock/" + productId, null)).json()
                .path("available").asInt()).isEqualTo(12);
    }

    @Test
    void theAuditRowIsWrittenWithTheReceipt() {
        long productId = inventory.productWithStock(10);

        expect(201, "POST", RECEIPTS, receive(productId, "{\"quantity\":5}"));

        var row = inventory.db().selectFrom(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.PRODUCT_ID.eq(productId))
                .orderBy(STOCK_MOVEMENT.ID.desc())
                .limit(1)
                .fetchSingle();
        assertThat(row.getKind()).isEqualTo("received");
        assertThat(row.getActor()).isEqualTo(TestUser.ADMIN.id().toString());
        assertThat(row.getAvailableBefore()).isEqualTo(10);
        assertThat(row.getAvailableAfter()).isEqualTo(15);
        assertThat(row.getOccurredAt()).isNotNull();
        assertThat(inventory.db().fetchValue(STOCK_ITEM.AVAILABLE, STOCK_ITEM.PRODUCT_ID.eq(productId))).isEqualTo(15);
    }

    @Test
    void anAdjustmentRecordsItsReasonAndTheChange() {
        long productId = inventory.productWithStock(10);

        Response response = expect(201, "POST", ADJUSTMENTS,
                adjust(productId, "{\"delta\":-3,\"reason\":\"damaged\",\"note\":\"crushed in the warehouse\"}"));

        JsonNode movement = response.json().path("movement");
        assertThat(movement.path("kind").asString()).isEqualTo("adjusted");
        assertThat(movement.path("reason").asString()).isEqualTo("damaged");
        assertThat(movement.path("note").asString()).isEqualTo("crushed in the warehouse");
        assertThat(movement.path("before").path("available").asInt()).isEqualTo(10);
        assertThat(movement.path("after").path("available").asInt()).isEqualTo(7);
        assertThat(movement.path("delta").asInt()).isEqualTo(-3);
        assertThat(response.json().path("stock").path("available").asInt()).isEqualTo(7);
    }

    @Test
    void unitsFoundAreAddedBack() {
        long productId = inventory.productWithStock(1);

        Response response = expect(201, "POST", ADJUSTMENTS, adjust(productId, "{\"delta\":4,\"reason\":\"found\"}"));

        assertThat(response.json().path("stock").path("available").asInt()).isEqualTo(5);
        assertThat(response.json().path("stock").path("status").asString()).isEqualTo("low_stock");
    }

    @Test
    void anAdjustmentMayTakeTheStockToExactlyZero() {
        long productId = inventory.productWithStock(3);

        Response response = expect(201, "POST", ADJUSTMENTS, adjust(productId, "{\"delta\":-3,\"reason\":\"lost\"}"));

        assertThat(response.json().path("stock").path("status").asString()).isEqualTo("sold_out");
    }

    @Test
    void anAdjustmentBelowZeroIsRefusedAndWritesNothing() {
        long productId = inventory.productWithStock(2);
        Map<String, Long> before = inventory.tableState();

        Response response = expectProblem(409, "stock-below-zero", "POST", ADJUSTMENTS,
                adjust(productId, "{\"delta\":-3,\"reason\":\"correction\"}"));

        assertThat(response.json().path("detail").asString()).contains("2 available");
        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void aProductNeverSeenCannotBeAdjustedDownAndIsNotTrackedByTrying() {
        long productId = newProductId();
        Map<String, Long> before = inventory.tableState();

        expectProblem(409, "stock-below-zero", "POST", ADJUSTMENTS, adjust(productId, "{\"delta\":-1,\"reason\":\"lost\"}"));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void noProductHoldsMoreThanAMillionAvailableUnits() {
        long productId = newProductId();
        for (int i = 0; i < 10; i++) {
            expect(201, "POST", RECEIPTS, receive(productId, "{\"quantity\":100000}"));
        }
        Map<String, Long> before = inventory.tableState();

        expectProblem(409, "stock-limit-exceeded", "POST", RECEIPTS, receive(productId, "{\"quantity\":1}"));
        expectProblem(409, "stock-limit-exceeded", "POST", ADJUSTMENTS, adjust(productId, "{\"delta\":1,\"reason\":\"found\"}"));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void aNewThresholdIsAuditedOnceAndChangesTheStatus() {
        long productId = inventory.productWithStock(10);

        Response changed = expect(200, "PUT", THRESHOLD, setThreshold(productId, "{\"lowStockThreshold\":12}"));
        Response repeated = expect(200, "PUT", THRESHOLD, setThreshold(productId, "{\"lowStockThreshold\":12}"));

        assertThat(changed.json().path("status").asString()).isEqualTo("low_stock");
        assertThat(repeated.body()).isEqualTo(changed.body());
        JsonNode movements = movementsOf(productId).path("items");
        assertThat(movements.size()).as("the receipt and one threshold change").isEqualTo(2);
        JsonNode thresholdChange = movements.get(0);
        assertThat(thresholdChange.path("kind").asString()).isEqualTo("threshold_changed");
        assertThat(thresholdChange.path("before").path("lowStockThreshold").asInt()).isEqualTo(5);
        assertThat(thresholdChange.path("after").path("lowStockThreshold").asInt()).isEqualTo(12);
        assertThat(thresholdChange.path("delta").asInt()).isZero();
    }

    @Test
    void aThresholdMaySetUpAProductBeforeItsFirstDelivery() {
        long productId = newProductId();

        Response response = expect(200, "PUT", THRESHOLD, setThreshold(productId, "{\"lowStockThreshold\":0}"));

        assertThat(response.json().path("available").asInt()).isZero();
        assertThat(response.json().path("lowStockThreshold").asInt()).isZero();
        assertThat(movementsOf(productId).path("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void theAuditTrailOfAProductIsPagedNewestFirst() {
        long productId = inventory.productWithStock(10);
        expect(201, "POST", ADJUSTMENTS, adjust(productId, "{\"delta\":-1,\"reason\":\"damaged\"}"));
        expect(201, "POST", ADJUSTMENTS, adjust(productId, "{\"delta\":2,\"reason\":\"returned\"}"));

        Response first = expect(200, "GET", PRODUCT_MOVEMENTS, api.get("/stock/" + productId + "/movements?size=2", admin));
        Response second = expect(200, "GET", PRODUCT_MOVEMENTS,
                api.get("/stock/" + productId + "/movements?size=2&page=1", admin));

        assertThat(first.json().path("totalItems").asLong()).isEqualTo(3);
        assertThat(first.json().path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.json().path("items").valueStream().map(item -> item.path("reason").asString()).toList())
                .containsExactly("returned", "damaged");
        assertThat(second.json().path("items").get(0).path("kind").asString()).isEqualTo("received");
    }

    @Test
    void theWholeAuditTrailStartsWithTheLatestChange() {
        long productId = inventory.productWithStock(3);

        Response response = expect(200, "GET", "/movements", api.get("/movements?size=1", admin));

        assertThat(response.json().path("items").get(0).path("productId").asLong()).isEqualTo(productId);
        assertThat(response.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theOverviewShowsReservedUnitsAndHighlightsLowStock() {
        long low = inventory.productWithStock(2);
        long plenty = inventory.productWithStock(50);
        expect(201, "POST", "/reservations", api.post("/reservations", serviceToken(),
                "{\"orderReference\":\"overview-1\",\"lines\":[{\"productId\":" + plenty + ",\"quantity\":3}]}"));

        List<JsonNode> all = overview("");
        List<JsonNode> lowOnly = overview("&lowOnly=true");

        assertThat(all.stream().map(item -> item.path("productId").asLong()).toList()).isSorted().contains(low, plenty);
        JsonNode reservedItem = all.stream().filter(item -> item.path("productId").asLong() == plenty).findFirst().orElseThrow();
        assertThat(reservedItem.path("available").asInt()).isEqualTo(47);
        assertThat(reservedItem.path("reserved").asInt()).isEqualTo(3);
        assertThat(lowOnly.stream().map(item -> item.path("productId").asLong())).contains(low).doesNotContain(plenty);
        assertThat(lowOnly).allSatisfy(item -> assertThat(item.path("status").asString()).isIn("low_stock", "sold_out"));
    }

    static Stream<Arguments> badBodies() {
        String overlongNote = "x".repeat(501);
        return Stream.of(
                Arguments.of(RECEIPTS, "{\"quantity\":0}"),
                Arguments.of(RECEIPTS, "{\"quantity\":-5}"),
                Arguments.of(RECEIPTS, "{\"quantity\":100001}"),
                Arguments.of(RECEIPTS, "{\"quantity\":99999999999}"),
                Arguments.of(RECEIPTS, "{\"quantity\":1.5}"),
                Arguments.of(RECEIPTS, "{\"quantity\":\"5\"}"),
                Arguments.of(RECEIPTS, "{\"quantity\":null}"),
                Arguments.of(RECEIPTS, "{}"),
                Arguments.of(RECEIPTS, "[]"),
                Arguments.of(RECEIPTS, "{\"quantity\":"),
                Arguments.of(RECEIPTS, "not json"),
                Arguments.of(RECEIPTS, ""),
                Arguments.of(RECEIPTS, "{\"quantity\":3,\"note\":\"" + overlongNote + "\"}"),
                Arguments.of(RECEIPTS, "{\"quantity\":3,\"note\":42}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":0,\"reason\":\"correction\"}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":100001,\"reason\":\"found\"}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":-100001,\"reason\":\"lost\"}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":-1}"),
                Arguments.of(ADJUSTMENTS, "{\"reason\":\"lost\"}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":-1,\"reason\":\"stolen\"}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":-1,\"reason\":\"LOST\"}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":-1,\"reason\":7}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":\"-1\",\"reason\":\"lost\"}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":-1,\"reason\":\"lost\",\"note\":\"" + overlongNote + "\"}"),
                Arguments.of(THRESHOLD, "{\"lowStockThreshold\":-1}"),
                Arguments.of(THRESHOLD, "{\"lowStockThreshold\":100001}"),
                Arguments.of(THRESHOLD, "{\"lowStockThreshold\":2.5}"),
                Arguments.of(THRESHOLD, "{\"lowStockThreshold\":\"low\"}"),
                Arguments.of(THRESHOLD, "{}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badBodies")
    void aBadBodyIsAProblemAndWritesNothing(String template, String body) {
        long productId = inventory.productWithStock(10);
        Map<String, Long> before = inventory.tableState();
        String method = template.equals(THRESHOLD) ? "PUT" : "POST";

        Response response = api.send(method, template.replace("{productId}", String.valueOf(productId)), admin, body);

        expect(400, method, template, response);
        assertThat(response.json().path("type").asString())
                .isIn("urn:o11y-shop:problem:invalid-parameter", "urn:o11y-shop:problem:malformed-request");
        assertThat(response.json().path("detail").asString()).doesNotContain("o11yshop.", "Exception");
        assertThat(inventory.tableState()).isEqualTo(before);
    }

    static Stream<Arguments> notesThatBreakTheTextRule() {
        return Stream.of(
                Arguments.of(RECEIPTS, "{\"quantity\":3,\"note\":\"DN\\u00002041\"}"),
                Arguments.of(RECEIPTS, "{\"quantity\":3,\"note\":\"line\\rbreak\"}"),
                Arguments.of(RECEIPTS, "{\"quantity\":3,\"note\":\"\\u202egpj.exe\"}"),
                Arguments.of(RECEIPTS, "{\"quantity\":3,\"note\":\"half \\ud800 pair\"}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":-1,\"reason\":\"lost\",\"note\":\"\\u0000\"}"),
                Arguments.of(ADJUSTMENTS, "{\"delta\":-1,\"reason\":\"lost\",\"note\":\"esc \\u001b[31m\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notesThatBreakTheTextRule")
    void aNoteThatBreaksTheTextRuleIsRefusedNamingItAndWritesNothing(String template, String body) {
        long productId = inventory.productWithStock(10);
        Map<String, Long> before = inventory.tableState();

        Response response = api.post(template.replace("{productId}", String.valueOf(productId)), admin, body);

        expectProblem(400, "invalid-parameter", "POST", template, response);
        assertThat(response.json().path("errors").get(0).path("parameter").asString()).isEqualTo("note");
        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void aNoteIsMultiLineText() {
        long productId = inventory.productWithStock(10);

        Response response = expect(201, "POST", RECEIPTS, receive(productId,
                "{\"quantity\":1,\"note\":\"DN-2041\\r\\npallet 2\\tof 3\\nチェック済み ✅\"}"));

        assertThat(response.json().path("movement").path("note").asString()).isEqualTo("DN-2041\r\npallet 2\tof 3\nチェック済み ✅");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stock/0/receipts", "/stock/-3/receipts", "/stock/abc/receipts", "/stock/1.5/receipts",
            "/stock/99999999999999999999/receipts"})
    void aBadProductIdIsAProblemAndWritesNothing(String path) {
        Map<String, Long> before = inventory.tableState();

        expectProblem(400, "invalid-parameter", "POST", RECEIPTS, api.post(path, admin, "{\"quantity\":1}"));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "page=10001", "size=0", "size=101", "size=x", "lowOnly=maybe"})
    void badPagingIsAProblem(String query) {
        expectProblem(400, "invalid-parameter", "GET", "/stock/overview", api.get("/stock/overview?" + query, admin));
        if (!query.startsWith("lowOnly")) {
            expectProblem(400, "invalid-parameter", "GET", "/movements", api.get("/movements?" + query, admin));
            expectProblem(400, "invalid-parameter", "GET", PRODUCT_MOVEMENTS, api.get("/stock/1/movements?" + query, admin));
        }
    }

    @Test
    void anAdjustmentOfZeroNamesTheField() {
        long productId = inventory.productWithStock(1);

        Response response = expectProblem(400, "invalid-parameter", "POST", ADJUSTMENTS,
                adjust(productId, "{\"delta\":0,\"reason\":\"correction\"}"));

        assertThat(response.json().path("errors").get(0).path("parameter").asString()).isEqualTo("delta");
    }

    @Test
    void aQuantityOutOfBoundsNamesTheField() {
        Response response = expectProblem(400, "invalid-parameter", "POST", RECEIPTS,
                receive(newProductId(), "{\"quantity\":0}"));

        assertThat(response.json().path("errors").get(0).path("parameter").asString()).isEqualTo("quantity");
    }

    private List<JsonNode> overview(String filter) {
        List<JsonNode> items = new ArrayList<>();
        int totalPages;
        int page = 0;
        do {
            Response response = expect(200, "GET", "/stock/overview",
                    api.get("/stock/overview?size=100&page=" + page + filter, admin));
            response.json().path("items").forEach(items::add);
            totalPages = response.json().path("totalPages").asInt();
            page++;
        } while (page < totalPages);
        return items;
    }

    private JsonNode movementsOf(long productId) {
        return expect(200, "GET", PRODUCT_MOVEMENTS, api.get("/stock/" + productId + "/movements", admin)).json();
    }

    private Response receive(long productId, String body) {
        return api.post("/stock/" + productId + "/receipts", admin, body);
    }

    private Response adjust(long productId, String body) {
        return api.post("/stock/" + productId + "/adjustments", admin, body);
    }

    private Response setThreshold(long productId, String body) {
        return api.put("/stock/" + productId + "/threshold", admin, body);
    }
}

class StockAdminApiOnPostgresTest extends StockAdminApiContractTest {
    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class StockAdminApiOnMysqlTest extends StockAdminApiContractTest {
    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

package o11yshop.inventory.reservation;

import static o11yshop.inventory.InventoryUnderTest.expect;
import static o11yshop.inventory.InventoryUnderTest.expectProblem;
import static o11yshop.inventory.InventoryUnderTest.newProductId;
import static o11yshop.inventory.InventoryUnderTest.serviceToken;
import static o11yshop.inventory.InventoryUnderTest.tokenOf;
import static o11yshop.inventory.db.Tables.RESERVATION;
import static o11yshop.inventory.db.Tables.STOCK_ITEM;
import static o11yshop.inventory.db.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import o11yshop.inventory.InventoryApi.Response;
import o11yshop.inventory.InventoryApiTest;
import o11yshop.platform.testing.authz.TestIssuer;
import o11yshop.platform.testing.authz.TestUser;
import o11yshop.platform.security.ShopperToken;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Reservations as the order service's checkout makes them, on a real database; every response checked
 * against api/inventory.yaml. Each test works on products of its own.
 */
abstract class ReservationApiContractTest extends InventoryApiTest {

    private static final String RESERVATIONS = "/reservations";
    private static final String RELEASE = "/reservations/{reservationId}/release";
    private static final String COMMIT = "/reservations/{reservationId}/commit";

    private final String orderService = serviceToken();

    @Test
    void aReservationHoldsEveryLinesUnitsUntilItExpires() {
        long mug = inventory.productWithStock(10);
        long tea = inventory.productWithStock(5);

        Response response = expect(201, "POST", RESERVATIONS, api.post(RESERVATIONS, orderService,
                body("order-1001", Map.of(tea, 5, mug, 3)), ShopperToken.HEADER, tokenOf(TestUser.CUSTOMER)));

        JsonNode reservation = response.json();
        assertThat(reservation.path("status").asString()).isEqualTo("held");
        assertThat(reservation.path("orderReference").asString()).isEqualTo("order-1001");
        assertThat(reservation.path("lines").valueStream().map(line -> line.path("productId").asLong()).toList())
                .as("in product order").containsExactly(mug, tea);
        Instant createdAt = Instant.parse(reservation.path("createdAt").asString());
        assertThat(Instant.parse(reservation.path("expiresAt").asString())).isEqualTo(createdAt.plus(Duration.ofMinutes(15)));
        assertThat(available(mug)).isEqualTo(7);
        assertThat(available(tea)).isZero();
        assertThat(counts(mug)).containsExactly(7, 3);
        var movement = inventory.db().selectFrom(STOCK_MOVEMENT).where(STOCK_MOVEMENT.PRODUCT_ID.eq(mug))
                .orderBy(STOCK_MOVEMENT.ID.desc()).limit(1).fetchSingle();
        assertThat(movement.getKind()).isEqualTo("reserved");
        assertThat(movement.getActor()).isEqualTo(TestUser.CUSTOMER.id().toString());
        assertThat(movement.getReservationId()).isEqualTo(UUID.fromString(reservation.path("reservationId").asString()));
        assertThat(List.of(movement.getAvailableBefore(), movement.getAvailableAfter(), movement.getReservedBefore(),
                movement.getReservedAfter())).containsExactly(10, 7, 0, 3);
    }

    @Test
    void notEnoughOfOneProductReservesNothingAndNamesIt() {
        long plenty = inventory.productWithStock(10);
        long scarce = inventory.productWithStock(2);
        Map<String, Long> before = inventory.tableState();

        Response response = expectProblem(409, "insufficient-stock", "POST", RESERVATIONS,
                reserve(orderService, "order-1002", Map.of(plenty, 3, scarce, 5)));

        JsonNode shortages = response.json().path("shortages");
        assertThat(shortages.size()).isEqualTo(1);
        assertThat(shortages.get(0).path("productId").asLong()).isEqualTo(scarce);
        assertThat(shortages.get(0).path("requested").asInt()).isEqualTo(5);
        assertThat(shortages.get(0).path("available").asInt()).isEqualTo(2);
        assertThat(inventory.tableState()).isEqualTo(before);
        assertThat(available(plenty)).as("all or nothing").isEqualTo(10);
    }

    @Test
    void theRefusalNamesEveryProductThatIsShort() {
        long first = inventory.productWithStock(1);
        long second = inventory.productWithStock(1);
        long neverSeen = newProductId();

        Response response = expectProblem(409, "insufficient-stock", "POST", RESERVATIONS,
                reserve(orderService, "order-1003", Map.of(first, 2, second, 2, neverSeen, 1)));

        assertThat(response.json().path("shortages").valueStream().map(s -> s.path("productId").asLong()).toList())
                .containsExactlyInAnyOrder(first, second, neverSeen);
        assertThat(response.json().path("detail").asString()).contains(String.valueOf(neverSeen));
    }

    @Test
    void takingTheLastUnitIsAStockOutCountedOnlyOnceItIsCommitted() {
        long lastOne = inventory.productWithStock(1);
        long scarce = inventory.productWithStock(1);
        double before = stockOuts();

        expectProblem(409, "insufficient-stock", "POST", RESERVATIONS,
                reserve(orderService, "order-1004", Map.of(lastOne, 1, scarce, 2)));
        assertThat(stockOuts()).as("the refused reservation took the last unit back").isEqualTo(before);

        expect(201, "POST", RESERVATIONS, reserve(orderService, "order-1005", Map.of(lastOne, 1)));
        assertThat(stockOuts()).isEqualTo(before + 1);
    }

    @Test
    void releasingGivesTheUnitsBackOnceAndAnswersTheSameAgain() {
        long productId = inventory.productWithStock(4);
        String id = reservationId(reserve(orderService, "order-1004", Map.of(productId, 3)));

        Response first = expect(200, "POST", RELEASE, post("/reservations/" + id + "/release", orderService));
        Map<String, Long> afterFirst = inventory.tableState();
        Response second = expect(200, "POST", RELEASE, post("/reservations/" + id + "/release", orderService));

        assertThat(first.json().path("status").asString()).isEqualTo("released");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(inventory.tableState()).isEqualTo(afterFirst);
        assertThat(counts(productId)).containsExactly(4, 0);
    }

    @Test
    void committingSellsTheUnitsOnceAndAnswersTheSameAgain() {
        long productId = inventory.productWithStock(4);
        String id = reservationId(reserve(orderService, "order-1005", Map.of(productId, 3)));

        Response first = expect(200, "POST", COMMIT, post("/reservations/" + id + "/commit", orderService));
        Map<String, Long> afterFirst = inventory.tableState();
        Response second = expect(200, "POST", COMMIT, post("/reservations/" + id + "/commit", orderService));

        assertThat(first.json().path("status").asString()).isEqualTo("committed");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(inventory.tableState()).isEqualTo(afterFirst);
        assertThat(counts(productId)).as("sold: neither available nor reserved").containsExactly(1, 0);
        assertThat(inventory.db().fetchCount(STOCK_MOVEMENT,
                STOCK_MOVEMENT.PRODUCT_ID.eq(productId).and(STOCK_MOVEMENT.KIND.eq("committed")))).isEqualTo(1);
    }

    @Test
    void aReleasedReservationCannotBeCommittedNorACommittedOneReleased() {
        long productId = inventory.productWithStock(4);
        String released = reservationId(reserve(orderService, "order-1006", Map.of(productId, 1)));
        String committed = reservationId(reserve(orderService, "order-1007", Map.of(productId, 1)));
        expect(200, "POST", RELEASE, post("/reservations/" + released + "/release", orderService));
        expect(200, "POST", COMMIT, post("/reservations/" + committed + "/commit", orderService));
        Map<String, Long> before = inventory.tableState();

        Response commit = expectProblem(409, "reservation-closed", "POST", COMMIT, post("/reservations/" + released + "/commit", orderService));
        Response release = expectProblem(409, "reservation-closed", "POST", RELEASE, post("/reservations/" + committed + "/release", orderService));

        assertThat(commit.json().path("reservationStatus").asString()).isEqualTo("released");
        assertThat(release.json().path("reservationStatus").asString()).isEqualTo("committed");
        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void anotherServicesReservationDoesNotExistForIt() {
        long productId = inventory.productWithStock(4);
        String id = reservationId(reserve(orderService, "order-1008", Map.of(productId, 2)));
        String stranger = TestIssuer.serviceToken("another-service");
        Map<String, Long> before = inventory.tableState();

        expectProblem(404, "not-found", "POST", RELEASE, post("/reservations/" + id + "/release", stranger));
        expectProblem(404, "not-found", "POST", COMMIT, post("/reservations/" + id + "/commit", stranger));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void anUnknownReservationIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        expectProblem(404, "not-found", "POST", RELEASE, post("/reservations/" + unknown + "/release", orderService));
        expectProblem(404, "not-found", "POST", COMMIT, post("/reservations/" + unknown + "/commit", orderService));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "123", "0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5b-d9cb-469f-a165-70867728950e1"})
    void aMalformedReservationIdIsAProblem(String id) {
        expectProblem(400, "invalid-parameter", "POST", RELEASE, post("/reservations/" + id + "/release", orderService));
        expectProblem(400, "invalid-parameter", "POST", COMMIT, post("/reservations/" + id + "/commit", orderService));
    }

    @Test
    void aRepeatedRequestWithTheSameKeyAnswersTheFirstReservation() {
        long productId = inventory.productWithStock(10);
        long other = inventory.productWithStock(10);
        String key = "checkout-" + UUID.randomUUID();

        Response first = expect(201, "POST", RESERVATIONS, reserveWithKey(orderService, key, "order-1009", Map.of(productId, 2, other, 1)));
        Map<String, Long> afterFirst = inventory.tableState();
        // the same lines in another order are the same request
        Response again = expect(201, "POST", RESERVATIONS, api.post(RESERVATIONS, orderService,
                "{\"orderReference\":\"order-1009\",\"lines\":[{\"productId\":" + other + ",\"quantity\":1},"
                        + "{\"productId\":" + productId + ",\"quantity\":2}]}", "Idempotency-Key", key));

        assertThat(again.body()).isEqualTo(first.body());
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(inventory.tableState()).isEqualTo(afterFirst);
        assertThat(available(productId)).isEqualTo(8);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedAndWritesNothing() {
        long productId = inventory.productWithStock(10);
        String key = "checkout-" + UUID.randomUUID();
        expect(201, "POST", RESERVATIONS, reserveWithKey(orderService, key, "order-1010", Map.of(productId, 2)));
        Map<String, Long> before = inventory.tableState();

        expectProblem(422, "idempotency-key-reused", "POST", RESERVATIONS, reserveWithKey(orderService, key, "order-1010", Map.of(productId, 3)));
        expectProblem(422, "idempotency-key-reused", "POST", RESERVATIONS, reserveWithKey(orderService, key, "order-1011", Map.of(productId, 2)));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirCaller() {
        long productId = inventory.productWithStock(10);
        String key = "checkout-" + UUID.randomUUID();

        String mine = reservationId(reserveWithKey(orderService, key, "order-1012", Map.of(productId, 1)));
        String theirs = reservationId(reserveWithKey(TestIssuer.serviceToken("another-service"), key, "order-1012", Map.of(productId, 1)));

        assertThat(theirs).isNotEqualTo(mine);
        assertThat(available(productId)).isEqualTo(8);
    }

    @Test
    void concurrentRequestsWithOneKeyHoldTheStockOnce() throws Exception {
        long productId = inventory.productWithStock(10);
        String key = "checkout-" + UUID.randomUUID();
        Callable<Response> attempt = () -> reserveWithKey(orderService, key, "order-1013", Map.of(productId, 2));

        List<Response> responses = race(12, attempt);

        assertThat(responses).allSatisfy(response -> expect(201, "POST", RESERVATIONS, response));
        assertThat(responses.stream().map(ReservationApiContractTest::reservationId).distinct()).hasSize(1);
        assertThat(counts(productId)).containsExactly(8, 2);
    }

    @Test
    void theSweepReleasesWhatWasNotCommittedInTime() {
        long productId = inventory.productWithStock(5);
        String id = reservationId(reserve(orderService, "order-1014", Map.of(productId, 2)));
        ReservationService service = inventory.bean(ReservationService.class);

        service.expireOverdue(Instant.now().plus(Duration.ofMinutes(14)));
        assertThat(status(id)).as("still within its 15 minutes").isEqualTo("held");
        service.expireOverdue(Instant.now().plus(Duration.ofMinutes(16)));

        assertThat(status(id)).isEqualTo("expired");
        assertThat(counts(productId)).containsExactly(5, 0);
        var movement = inventory.db().selectFrom(STOCK_MOVEMENT).where(STOCK_MOVEMENT.PRODUCT_ID.eq(productId))
                .orderBy(STOCK_MOVEMENT.ID.desc()).limit(1).fetchSingle();
        assertThat(movement.getKind()).isEqualTo("expired");
        assertThat(movement.getActor()).isEqualTo("system");
        Response release = expect(200, "POST", RELEASE, post("/reservations/" + id + "/release", orderService));
        assertThat(release.json().path("status").asString()).isEqualTo("expired");
        Response commit = expectProblem(409, "reservation-closed", "POST", COMMIT, post("/reservations/" + id + "/commit", orderService));
        assertThat(commit.json().path("reservationStatus").asString()).isEqualTo("expired");
    }

    @Test
    void theSweepLeavesCommittedAndReleasedReservationsAlone() {
        long productId = inventory.productWithStock(5);
        String committed = reservationId(reserve(orderService, "order-1015", Map.of(productId, 1)));
        String released = reservationId(reserve(orderService, "order-1016", Map.of(productId, 1)));
        expect(200, "POST", COMMIT, post("/reservations/" + committed + "/commit", orderService));
        expect(200, "POST", RELEASE, post("/reservations/" + released + "/release", orderService));

        inventory.bean(ReservationService.class).expireOverdue(Instant.now().plus(Duration.ofHours(1)));

        assertThat(status(committed)).isEqualTo("committed");
        assertThat(status(released)).isEqualTo("released");
        assertThat(counts(productId)).containsExactly(4, 0);
    }

    @Test
    void theAuditTrailNamesTheShopperTheOrderServiceActsForOrElseTheService() {
        long productId = inventory.productWithStock(6);
        String shopper = tokenOf(TestUser.OTHER_CUSTOMER);

        String forShopper = reservationId(api.post(RESERVATIONS, orderService, body("order-1020", Map.of(productId, 1)),
                ShopperToken.HEADER, shopper));
        expect(200, "POST", COMMIT, api.post("/reservations/" + forShopper + "/commit", orderService, null,
                ShopperToken.HEADER, shopper));
        String forNobody = reservationId(reserve(orderService, "order-1021", Map.of(productId, 1)));
        expect(200, "POST", RELEASE, post("/reservations/" + forNobody + "/release", orderService));

        assertThat(actors(forShopper)).containsExactly("reserved " + TestUser.OTHER_CUSTOMER.id(),
                "committed " + TestUser.OTHER_CUSTOMER.id());
        assertThat(actors(forNobody)).containsExactly("reserved order", "released order");
        assertThat(inventory.db().fetchValue(RESERVATION.CREATED_BY, RESERVATION.ID.eq(UUID.fromString(forShopper))))
                .as("the reservation is the order service's").isEqualTo("order");
    }

    @Test
    void aShopperTokenThatDoesNotCheckOutIsRefusedAndWritesNothing() {
        long productId = inventory.productWithStock(3);
        Map<String, Long> before = inventory.tableState();
        String expired = TestIssuer.MINT.sign(TestUser.CUSTOMER.claims()
                .expirationTime(Date.from(Instant.now().minusSeconds(60))).build());

        for (String shopper : List.of("not-a-token", expired, serviceToken())) {
            expectProblem(401, "unauthenticated", "POST", RESERVATIONS, api.post(RESERVATIONS, orderService,
                    body("order-1022", Map.of(productId, 1)), ShopperToken.HEADER, shopper));
        }

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void oneReservationHoldsNoMoreThanACartCanBuy() {
        long productId = inventory.productWithStock(500);
        Map<String, Long> before = inventory.tableState();
        String fiftyOneLines = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> "{\"productId\":" + i + ",\"quantity\":1}")
                .collect(Collectors.joining(",", "[", "]"));

        Response tooMany = expectProblem(400, "invalid-parameter", "POST", RESERVATIONS, api.post(RESERVATIONS, orderService,
                "{\"orderReference\":\"order-1023\",\"lines\":" + fiftyOneLines + "}"));
        Response tooMuch = expectProblem(400, "invalid-parameter", "POST", RESERVATIONS,
                reserve(orderService, "order-1024", Map.of(productId, 100)));

        assertThat(tooMany.json().path("errors").findValuesAsString("parameter")).containsExactly("lines");
        assertThat(tooMuch.json().path("errors").findValuesAsString("parameter")).containsExactly("lines[0].quantity");
        assertThat(inventory.tableState()).isEqualTo(before);
        // the most one line may hold still goes through
        expect(201, "POST", RESERVATIONS, reserve(orderService, "order-1025", Map.of(productId, 99)));
    }

    private List<String> actors(String reservationId) {
        return inventory.db().select(STOCK_MOVEMENT.KIND, STOCK_MOVEMENT.ACTOR).from(STOCK_MOVEMENT)
                .where(STOCK_MOVEMENT.RESERVATION_ID.eq(UUID.fromString(reservationId)))
                .orderBy(STOCK_MOVEMENT.ID).fetch(row -> row.value1() + " " + row.value2());
    }

    static Stream<String> badReservationBodies() {
        String fiftyOneLines = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> "{\"productId\":" + i + ",\"quantity\":1}")
                .collect(Collectors.joining(",", "[", "]"));
        return Stream.of(
                "{}",
                "{\"orderReference\":\"o-1\"}",
                "{\"orderReference\":\"o-1\",\"lines\":[]}",
                "{\"orderReference\":\"o-1\",\"lines\":" + fiftyOneLines + "}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":1,\"quantity\":0}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":1,\"quantity\":-1}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":1,\"quantity\":100}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":1,\"quantity\":2147483648}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":1,\"quantity\":1.5}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":1,\"quantity\":\"2\"}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":1}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":0,\"quantity\":1}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":-7,\"quantity\":1}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":\"x\",\"quantity\":1}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":99999999999999999999,\"quantity\":1}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[null]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":1,\"quantity\":1},{\"productId\":1,\"quantity\":2}]}",
                "{\"orderReference\":\"o-1\",\"lines\":{\"productId\":1,\"quantity\":1}}",
                "{\"orderReference\":\"\",\"lines\":[{\"productId\":1,\"quantity\":1}]}",
                "{\"orderReference\":\"" + "r".repeat(101) + "\",\"lines\":[{\"productId\":1,\"quantity\":1}]}",
                "{\"orderReference\":\"order 1; DROP TABLE reservation\",\"lines\":[{\"productId\":1,\"quantity\":1}]}",
                "{\"orderReference\":17,\"lines\":[{\"productId\":1,\"quantity\":1}]}",
                "{\"orderReference\":\"o-1\",\"lines\":[{\"productId\":1,\"quantity\":1}]",
                "[]",
                "null",
                "");
    }

    @ParameterizedTest
    @MethodSource("badReservationBodies")
    void aBadReservationIsAProblemAndWritesNothing(String body) {
        Map<String, Long> before = inventory.tableState();

        Response response = expect(400, "POST", RESERVATIONS, api.post(RESERVATIONS, orderService, body));

        assertThat(response.json().path("type").asString())
                .isIn("urn:o11y-shop:problem:invalid-parameter", "urn:o11y-shop:problem:malformed-request");
        assertThat(response.json().path("detail").asString()).doesNotContain("o11yshop.", "Exception");
        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("badKeys")
    void aBadIdempotencyKeyIsAProblemAndWritesNothing(String key) {
        long productId = inventory.productWithStock(3);
        Map<String, Long> before = inventory.tableState();

        expectProblem(400, "invalid-parameter", "POST", RESERVATIONS, reserveWithKey(orderService, key, "order-1017", Map.of(productId, 1)));

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    static Stream<String> badKeys() {
        return Stream.of("has space", "k".repeat(101), "semi;colon", "ü-umlaut");
    }

    private Response reserve(String token, String orderReference, Map<Long, Integer> lines) {
        return api.post(RESERVATIONS, token, body(orderReference, lines));
    }

    private Response reserveWithKey(String token, String key, String orderReference, Map<Long, Integer> lines) {
        return api.post(RESERVATIONS, token, body(orderReference, lines), "Idempotency-Key", key);
    }

    private Response post(String path, String token) {
        return api.post(path, token, null);
    }

    private static String body(String orderReference, Map<Long, Integer> lines) {
        return "{\"orderReference\":\"" + orderReference + "\",\"lines\":[" + lines.entrySet().stream()
                .map(line -> "{\"productId\":" + line.getKey() + ",\"quantity\":" + line.getValue() + "}")
                .collect(Collectors.joining(",")) + "]}";
    }

    private static String reservationId(Response response) {
        return expect(201, "POST", RESERVATIONS, response).json().path("reservationId").asString();
    }

    private int available(long productId) {
        return expect(200, "GET", "/stock/{productId}", api.get("/stock/" + productId, null)).json().path("available").asInt();
    }

    private List<Integer> counts(long productId) {
        var row = inventory.db().select(STOCK_ITEM.AVAILABLE, STOCK_ITEM.RESERVED).from(STOCK_ITEM)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId)).fetchSingle();
        return List.of(row.value1(), row.value2());
    }

    private String status(String reservationId) {
        return inventory.db().fetchValue(RESERVATION.STATUS, RESERVATION.ID.eq(UUID.fromString(reservationId)));
    }

    private static List<Response> race(int callers, Callable<Response> attempt) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<Response>> futures = pool.invokeAll(IntStream.range(0, callers).mapToObj(i -> attempt).toList());
            return futures.stream().map(ReservationApiContractTest::get).toList();
        }
    }

    private static Response get(Future<Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stock-outs counted so far by the business metrics (O-METRIC-06). */
    private double stockOuts() {
        Counter stockOuts = inventory.bean(MeterRegistry.class).find("shop.stock.outs").counter();
        return stockOuts == null ? 0 : stockOuts.count();
    }
}

class ReservationApiOnPostgresTest extends ReservationApiContractTest {
    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class ReservationApiOnMysqlTest extends ReservationApiContractTest {
    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

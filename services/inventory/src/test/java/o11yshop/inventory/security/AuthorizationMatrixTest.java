package o11yshop.inventory.security;

import static o11yshop.inventory.InventoryUnderTest.CONTRACT;
import static o11yshop.inventory.InventoryUnderTest.newProductId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import o11yshop.inventory.InventoryApi.Response;
import o11yshop.inventory.InventoryUnderTest;
import o11yshop.platform.security.testing.TokenMint;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.authz.AuthorizationMatrix;
import o11yshop.platform.testing.authz.Callers;
import o11yshop.platform.testing.authz.TestIssuer;
import o11yshop.platform.testing.authz.TestUser;
import o11yshop.platform.testing.openapi.Access;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of api/inventory.yaml called by an anonymous caller, a customer, an admin and the order
 * service (its client-credentials token), with real RS256 tokens checked against the issuer's published
 * keys. What each may do is what the contract's {@code x-required-role} or {@code x-required-scope} says;
 * a test below keeps this list and the contract the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorizationMatrixTest {

    /** {@code x-required-scope: inventory/reservations}: the order service only. */
    private static final Access ORDER_SERVICE_ONLY = Access.scope(Callers.SERVICE_SCOPE);

    enum Caller {
        ANONYMOUS, CUSTOMER, ADMIN, SERVICE;

        @Nullable String token() {
            return switch (this) {
                case ANONYMOUS -> null;
                case CUSTOMER -> InventoryUnderTest.tokenOf(TestUser.CUSTOMER);
                case ADMIN -> InventoryUnderTest.tokenOf(TestUser.ADMIN);
                case SERVICE -> InventoryUnderTest.serviceToken();
            };
        }
    }

    /** One operation with a concrete request for it; the body is made anew for every call. */
    record Endpoint(String method, String template, Access access, Supplier<String> path, @Nullable Supplier<String> body) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/stock", Access.PUBLIC, () -> "/stock?productIds=1,2", null),
            new Endpoint("GET", "/stock/{productId}", Access.PUBLIC, () -> "/stock/1", null),
            new Endpoint("GET", "/stock/overview", Access.ADMIN, () -> "/stock/overview", null),
            new Endpoint("POST", "/stock/{productId}/receipts", Access.ADMIN,
                    () -> "/stock/" + newProductId() + "/receipts", () -> "{\"quantity\":1}"),
            new Endpoint("POST", "/stock/{productId}/adjustments", Access.ADMIN,
                    () -> "/stock/" + newProductId() + "/adjustments", () -> "{\"delta\":1,\"reason\":\"found\"}"),
            new Endpoint("PUT", "/stock/{productId}/threshold", Access.ADMIN,
                    () -> "/stock/" + newProductId() + "/threshold", () -> "{\"lowStockThreshold\":3}"),
            new Endpoint("GET", "/stock/{productId}/movements", Access.ADMIN, () -> "/stock/1/movements", null),
            new Endpoint("GET", "/movements", Access.ADMIN, () -> "/movements", null),
            new Endpoint("POST", "/stock/{productId}/restock-subscriptions", Access.AUTHENTICATED,
                    () -> "/stock/" + newProductId() + "/restock-subscriptions", null),
            new Endpoint("POST", "/reservations", ORDER_SERVICE_ONLY, () -> "/reservations",
                    () -> "{\"orderReference\":\"authz\",\"lines\":[{\"productId\":" + newProductId() + ",\"quantity\":1}]}"),
            new Endpoint("POST", "/reservations/{reservationId}/release", ORDER_SERVICE_ONLY,
                    () -> "/reservations/" + UUID.randomUUID() + "/release", null),
            new Endpoint("POST", "/reservations/{reservationId}/commit", ORDER_SERVICE_ONLY,
                    () -> "/reservations/" + UUID.randomUUID() + "/commit", null));

    private InventoryUnderTest inventory;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startInventory() {
        inventory = InventoryUnderTest.on(engine());
    }

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(Caller.values()).map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void eachCallerGetsWhatTheContractAllows(Endpoint endpoint, Caller caller) {
        Response response = call(endpoint, caller.token());

        CONTRACT.assertResponse(endpoint.method(), endpoint.template(), response.status(), response.contentType(), response.body());
        switch (expected(endpoint.access(), caller)) {
            case 401 -> assertProblem(response, 401, "urn:o11y-shop:problem:unauthenticated");
            case 403 -> assertProblem(response, 403, "urn:o11y-shop:problem:forbidden");
            default -> assertThat(response.status()).as("%s as %s: %s", endpoint, caller, response).isLessThan(500)
                    .isNotIn(401, 403);
        }
    }

    private static int expected(Access access, Caller caller) {
        return switch (access.level()) {
            case PUBLIC -> 200;
            // a service's token is no user's: it opens none of the users' routes
            case AUTHENTICATED -> caller == Caller.ANONYMOUS ? 401 : caller == Caller.SERVICE ? 403 : 200;
            case ADMIN -> caller == Caller.ANONYMOUS ? 401 : caller == Caller.ADMIN ? 200 : 403;
            case SCOPE -> caller == Caller.ANONYMOUS ? 401 : caller == Caller.SERVICE ? 200 : 403;
        };
    }

    static Stream<Arguments> forgedTokens() {
        TokenMint mint = TestIssuer.MINT;
        return Stream.concat(
                TestIssuer.callers().forgeries().stream().map(forged -> Arguments.of(forged.name(), forged.bearer())),
                Stream.of(
                        Arguments.of("a service token signed by another key", TokenMint.signWith(TokenMint.newKey(),
                                mint.serviceClaims(Callers.SERVICE_CLIENT, Callers.SERVICE_SCOPE).build())),
                        Arguments.of("a service token whose subject is not its client", mint.sign(mint.serviceClaims(
                                Callers.SERVICE_CLIENT, Callers.SERVICE_SCOPE).subject("admin").build()))));
    }

    /** Even a public route refuses a bad token rather than serving its sender as anonymous. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedTokenOpensNothing(String forgery, String token) {
        Map<String, Long> before = inventory.tableState();

        for (Endpoint endpoint : ENDPOINTS) {
            Response response = call(endpoint, token);
            CONTRACT.assertResponse(endpoint.method(), endpoint.template(), response.status(), response.contentType(), response.body());
            assertProblem(response, 401, "urn:o11y-shop:problem:unauthenticated");
        }

        assertThat(inventory.tableState()).isEqualTo(before);
    }

    @Test
    void thisMatrixCoversEveryOperationOfTheContractWithItsDeclaredAccess() {
        AuthorizationMatrix.assertCoversTheContract("inventory",
                ENDPOINTS.stream().collect(Collectors.toMap(Endpoint::toString, Endpoint::access)));
    }

    private Response call(Endpoint endpoint, @Nullable String token) {
        String body = endpoint.body() == null ? null : endpoint.body().get();
        return inventory.api().send(endpoint.method(), endpoint.path().get(), token, body);
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo(type);
    }
}

class AuthorizationMatrixOnPostgresTest extends AuthorizationMatrixTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class AuthorizationMatrixOnMysqlTest extends AuthorizationMatrixTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

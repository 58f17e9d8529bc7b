package o11yshop.platform.testing.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import o11yshop.platform.testing.RawHttp;
import o11yshop.platform.testing.TableSnapshot;
import o11yshop.platform.testing.hostile.AnswerChecks;
import o11yshop.platform.testing.openapi.Access;
import o11yshop.platform.testing.openapi.ApiOperation;
import o11yshop.platform.testing.openapi.ApiSpec;
import o11yshop.platform.testing.openapi.OperationRow;
import o11yshop.platform.testing.openapi.ServiceFixture;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.ObjectMapper;

/**
 * The authorization matrix of one service, generated from its contract: every operation × anonymous, a
 * customer, another customer, an admin and a service, plus forged tokens. What each must get is what the
 * contract says ({@link Access}):
 * <ul>
 *   <li>public: everyone passes (any answer but 401/403, and no 5xx);</li>
 *   <li>{@code authenticated}: anonymous 401; customers and admins pass; a service token 403 — it is
 *       not a signed-in user (it has no groups and its {@code sub} is a client, not a user), and the scope
 *       it carries names what it may call instead;</li>
 *   <li>{@code admin}: anonymous 401; customers and services 403; admins pass;</li>
 *   <li>{@code x-required-scope}: anonymous 401; customers and admins 403; the service passes;</li>
 *   <li>a resource of the customer (their order, their address): every other user, the admin included, gets
 *       404 where the contract declares it, 403 otherwise;</li>
 *   <li>a forged token: 401 wherever the contract declares 401.</li>
 * </ul>
 * Every answer is one the contract declares (status, media type, schema). Refusals are problem details of
 * type {@code unauthenticated} or {@code forbidden} that show nothing internal and write nothing. An operation without a fixture row fails, so a new route cannot ship
 * without its row.
 */
public final class AuthorizationMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceFixture fixture;

    private AuthorizationMatrix(ServiceFixture fixture) {
        this.fixture = fixture;
    }

    public static Stream<DynamicNode> of(ServiceFixture fixture) {
        return new AuthorizationMatrix(fixture).tests();
    }

    /**
     * Asserts that a matrix written by hand lists every operation of {@code api/<service>.yaml}, keyed
     * {@code "METHOD /template"}, with the access the contract declares for it, and nothing else.
     */
    public static void assertCoversTheContract(String service, Map<String, Access> tested) {
        Map<String, Access> declared = ApiSpec.of(service).operations().stream()
                .collect(Collectors.toMap(operation -> operation.method() + " " + operation.template(), ApiOperation::access));
        assertThat(tested).isEqualTo(declared);
    }

    private Stream<DynamicNode> tests() {
        List<DynamicNode> nodes = new ArrayList<>();
        int requests = 0;
        nodes.add(DynamicTest.dynamicTest("every fixture row names an operation of api/" + fixture.spec().service() + ".yaml",
                () -> assertThat(fixture.rowsWithoutOperation()).as("rows without an operation").isEmpty()));
        for (ApiOperation operation : fixture.spec().operations()) {
            if (fixture.row(operation).isEmpty()) {
                nodes.add(DynamicTest.dynamicTest(operation + " has a fixture row", () ->
                        fail("%s has no row in the %s fixture: a route cannot ship without one", operation, fixture.spec().service())));
                continue;
            }
            List<DynamicTest> calls = new ArrayList<>();
            Callers callers = fixture.callers();
            for (Caller caller : callers.identities()) {
                int expected = expected(operation, caller);
                calls.add(DynamicTest.dynamicTest(caller + " → " + describe(expected), () -> call(operation, caller, expected)));
            }
            if (operation.access().secured() || operation.declares(401)) {
                for (Caller forged : callers.forgeries()) {
                    calls.add(DynamicTest.dynamicTest(forged + " → 401", () -> call(operation, forged, 401)));
                }
            }
            requests += calls.size();
            nodes.add(DynamicContainer.dynamicContainer(operation + " [" + operation.access() + "]", calls.stream()));
        }
        System.out.println("authorization matrix: " + fixture.spec().service() + " " + requests + " requests");
        return nodes.stream();
    }

    private void assertDeclared(ApiOperation operation, RawHttp.Response response) {
        if (!response.contentType().isEmpty()) {
            fixture.contract().assertResponse(operation.method(), operation.template(), response.status(),
                    response.contentType(), response.body());
        }
    }

    /** The status the caller must get, or 0 for "passes": anything but 401/403 and no 5xx. */
    private int expected(ApiOperation operation, Caller caller) {
        Caller.Kind kind = caller.kind();
        int ownRefusal = fixture.row(operation).map(OperationRow::ownAuthenticationRefusal).orElse(0);
        if (ownRefusal != 0 && kind != Caller.Kind.FORGED) {
            return ownRefusal;
        }
        if (kind == Caller.Kind.ANONYMOUS) {
            return operation.access().secured() ? 401 : 0;
        }
        int permitted = switch (operation.access().level()) {
            case PUBLIC -> 0;
            case AUTHENTICATED -> kind == Caller.Kind.SERVICE ? 403 : 0;
            case ADMIN -> kind == Caller.Kind.ADMIN ? 0 : 403;
            case SCOPE -> kind == Caller.Kind.SERVICE ? 0 : 403;
        };
        boolean someoneElses = fixture.row(operation).map(OperationRow::isOwnedByCustomer).orElse(false)
                && (kind == Caller.Kind.OTHER_CUSTOMER || kind == Caller.Kind.ADMIN);
        if (permitted == 0 && someoneElses) {
            return operation.declares(404) ? 404 : 403;
        }
        return permitted;
    }

    private static String describe(int expected) {
        return expected == 0 ? "passes" : String.valueOf(expected);
    }

    private void call(ApiOperation operation, Caller caller, int expected) {
        try {
            check(operation, caller, expected);
        } catch (AssertionError failure) {
            throw new AssertionError(operation + " as " + caller + " → " + describe(expected) + " ✗ "
                    + failure.getMessage().strip(), failure);
        }
    }

    private void check(ApiOperation operation, Caller caller, int expected) {
        RawHttp.Request request = fixture.request(operation, caller).toRequest();
        Map<String, String> before = expected == 0 ? Map.of() : fixture.snapshot().take();

        RawHttp.Response response = fixture.http().send(request);

        if (expected == 0) {
            assertThat(response.status()).as("%s as %s must pass: %s", operation, caller, response)
                    .isNotIn(401, 403).isBetween(100, 499);
            assertDeclared(operation, response);
            return;
        }
        assertThat(response.status()).as("%s as %s: %s", operation, caller, response).isEqualTo(expected);
        assertDeclared(operation, response);
        // a forged token is refused by the service's shared token check before any operation, in problem details
        String errorMediaType = caller.kind() == Caller.Kind.FORGED ? AnswerChecks.PROBLEM
                : fixture.row(operation).map(OperationRow::errorMediaType).orElse(AnswerChecks.PROBLEM);
        AnswerChecks.assertError(response, errorMediaType);
        AnswerChecks.assertNothingInternal(response, fixture.baseUrl());
        if ((expected == 401 || expected == 403) && errorMediaType.equals(AnswerChecks.PROBLEM)) {
            String type = expected == 401 ? "unauthenticated" : "forbidden";
            assertThat(JSON.readTree(response.bytes()).path("type").asString()).as("%s", response)
                    .isEqualTo("urn:o11y-shop:problem:" + type);
        }
        Map<String, String> after = fixture.snapshot().take();
        assertThat(after).as("a refused call writes nothing, but these tables changed: %s",
                TableSnapshot.differences(before, after)).isEqualTo(before);
    }
}

package o11yshop.identity.account;

import static o11yshop.identity.IdentityClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import o11yshop.identity.IdentityClient;
import o11yshop.identity.IdentityClient.SignedUp;
import o11yshop.identity.IdentityUnderTest;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Sign-up, the profile and the admin's account list on a real database, every response checked against
 * {@code api/identity.yaml}. The same suite runs on PostgreSQL and MySQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("identity");

    private IdentityClient api;
    private String adminToken;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startIdentity() {
        api = new IdentityClient(IdentityUnderTest.on(engine()).baseUrl());
        adminToken = api.logIn(IdentityUnderTest.ADMIN_EMAIL, IdentityUnderTest.ADMIN_PASSWORD);
    }

    @Test
    void aNewCustomerSignsUpAndSeesTheirProfile() {
        String email = IdentityClient.newEmail();
        Response signUp = api.post("/users", null, json("email", email.toUpperCase(), "password", "correct horse battery",
                "displayName", "  Hanako Yamada "));

        assertThat(signUp.status()).as(signUp.body()).isEqualTo(201);
        CONTRACT.assertResponse("POST", "/users", 201, signUp.contentType(), signUp.body());
        JsonNode account = signUp.json();
        assertThat(account.path("email").asString()).as("stored in lower case").isEqualTo(email);
        assertThat(account.path("displayName").asString()).isEqualTo("Hanako Yamada");
        assertThat(roles(account)).containsExactly("customer");

        String token = api.logIn(email, "correct horse battery");
        Response me = api.get("/me", token);
        assertThat(me.status()).isEqualTo(200);
        CONTRACT.assertResponse("GET", "/me", 200, me.contentType(), me.body());
        assertThat(me.json()).isEqualTo(account);
    }

    @Test
    void theDisplayNameCanBeChanged() {
        SignedUp customer = api.newCustomer();
        String token = api.logIn(customer);

        Response renamed = api.put("/me", token, json("displayName", "山田 花子"));

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        CONTRACT.assertResponse("PUT", "/me", 200, renamed.contentType(), renamed.body());
        assertThat(api.get("/me", token).json().path("displayName").asString()).isEqualTo("山田 花子");
    }

    @Test
    void anEmailAddressHasOneAccount() {
        SignedUp customer = api.newCustomer();
        long before = accountCount();

        Response again = api.post("/users", null, json("email", customer.email().toUpperCase(), "password",
                "another password", "displayName", "Someone else"));

        assertThat(again.status()).isEqualTo(409);
        CONTRACT.assertResponse("POST", "/users", 409, again.contentType(), again.body());
        assertThat(again.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:email-already-registered");
        assertThat(accountCount()).isEqualTo(before);
        api.logIn(customer);
    }

    Stream<Arguments> badSignUps() {
        String ok = "a-good-password";
        return Stream.of(
                Arguments.of("email is not an address", json("email", "not-an-email", "password", ok, "displayName", "A")),
                Arguments.of("email without a domain dot", json("email", "a@b", "password", ok, "displayName", "A")),
                Arguments.of("email over 254 characters", json("email", "a".repeat(250) + "@example.com", "password", ok, "displayName", "A")),
                Arguments.of("password under 10 characters", json("email", IdentityClient.newEmail(), "password", "123456789", "displayName", "A")),
                Arguments.of("password over 72 characters", json("email", IdentityClient.newEmail(), "password", "p".repeat(73), "displayName", "A")),
                Arguments.of("password over 72 bytes", json("email", IdentityClient.newEmail(), "password", "パスワード".repeat(5), "displayName", "A")),
                Arguments.of("display name over 50 characters", json("email", IdentityClient.newEmail(), "password", ok, "displayName", "x".repeat(51))),
                Arguments.of("blank display name", json("email", IdentityClient.newEmail(), "password", ok, "displayName", "   ")),
                Arguments.of("control character in the display name", json("email", IdentityClient.newEmail(), "password", ok, "displayName", "bell\u0007")),
                Arguments.of("missing display name", json("email", IdentityClient.newEmail(), "password", ok)),
                Arguments.of("unknown field: asking to be admin", "{\"email\":\"" + IdentityClient.newEmail()
                        + "\",\"password\":\"" + ok + "\",\"displayName\":\"A\",\"admin\":true}"),
                Arguments.of("unknown field: roles", "{\"email\":\"" + IdentityClient.newEmail()
                        + "\",\"password\":\"" + ok + "\",\"displayName\":\"A\",\"roles\":[\"admin\"]}"),
                Arguments.of("a number for the password", "{\"email\":\"" + IdentityClient.newEmail()
                        + "\",\"password\":12345678901,\"displayName\":\"A\"}"),
                Arguments.of("a boolean for the display name", "{\"email\":\"" + IdentityClient.newEmail()
                        + "\",\"password\":\"" + ok + "\",\"displayName\":true}"),
                Arguments.of("an array for the email", "{\"email\":[\"a@example.com\"],\"password\":\"" + ok + "\",\"displayName\":\"A\"}"),
                Arguments.of("null email", "{\"email\":null,\"password\":\"" + ok + "\",\"displayName\":\"A\"}"),
                Arguments.of("a key given twice", "{\"email\":\"" + IdentityClient.newEmail() + "\",\"email\":\""
                        + IdentityClient.newEmail() + "\",\"password\":\"" + ok + "\",\"displayName\":\"A\"}"),
                Arguments.of("JSON syntax error", "{\"email\": \"a@example.com\", "),
                Arguments.of("text after the JSON", json("email", IdentityClient.newEmail(), "password", ok, "displayName", "A") + " {}"),
                Arguments.of("an array instead of an object", "[]"),
                Arguments.of("an empty body", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignUps")
    void aBadSignUpIsAProblemAndCreatesNothing(String what, String body) {
        long before = accountCount();

        Response response = api.post("/users", null, body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        CONTRACT.assertResponse("POST", "/users", 400, response.contentType(), response.body());
        assertThat(response.json().path("type").asString())
                .isIn("urn:o11y-shop:problem:invalid-parameter", "urn:o11y-shop:problem:malformed-request");
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void aBadProfileChangeChangesNothing() {
        SignedUp customer = api.newCustomer();
        String token = api.logIn(customer);

        for (String body : List.of(json("displayName", ""), json("displayName", "x".repeat(51)),
                "{\"displayName\":\"A\",\"email\":\"other@example.com\"}", "{\"displayName\":7}")) {
            Response response = api.put("/me", token, body);
            assertThat(response.status()).as(body).isEqualTo(400);
            CONTRACT.assertResponse("PUT", "/me", 400, response.contentType(), response.body());
        }
        JsonNode me = api.get("/me", token).json();
        assertThat(me.path("displayName").asString()).isEqualTo("Hanako Yamada");
        assertThat(me.path("email").asString()).isEqualTo(customer.email());
    }

    @Test
    void theProfileNeedsAToken() {
        Response response = api.get("/me", null);

        assertThat(response.status()).isEqualTo(401);
        CONTRACT.assertResponse("GET", "/me", 401, response.contentType(), response.body());
        assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:unauthenticated");
    }

    @Test
    void theAdminListsAccountsPageByPage() {
        api.newCustomer();
        api.newCustomer();

        Response first = api.get("/users?page=0&size=2", adminToken);
        Response second = api.get("/users?page=1&size=2", adminToken);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        CONTRACT.assertResponse("GET", "/users", 200, first.contentType(), first.body());
        CONTRACT.assertResponse("GET", "/users", 200, second.contentType(), second.body());
        JsonNode page = first.json();
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isEqualTo((int) ((page.path("totalItems").asLong() + 1) / 2));
        assertThat(page.path("items").get(0).path("email").asString()).as("the admin was created first")
                .isEqualTo(IdentityUnderTest.ADMIN_EMAIL);
        assertThat(roles(page.path("items").get(0))).containsExactly("admin", "customer");
        assertThat(second.json().path("items").get(0).path("id").asString())
                .isNotIn(ids(page));
    }

    @Test
    void aCustomerCannotListAccounts() {
        Response response = api.get("/users", api.logIn(api.newCustomer()));

        assertThat(response.status()).isEqualTo(403);
        CONTRACT.assertResponse("GET", "/users", 403, response.contentType(), response.body());
        assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:forbidden");
    }

    @Test
    void anonymousCannotListAccounts() {
        Response response = api.get("/users", null);

        assertThat(response.status()).isEqualTo(401);
        CONTRACT.assertResponse("GET", "/users", 401, response.contentType(), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/users?page=-1", "/users?size=0", "/users?size=101", "/users?page=x"})
    void badPagingIsAProblem(String pathAndQuery) {
        Response response = api.get(pathAndQuery, adminToken);

        assertThat(response.status()).isEqualTo(400);
        CONTRACT.assertResponse("GET", "/users", 400, response.contentType(), response.body());
    }

    @Test
    void theAdminAccountIsCreatedOnceAndSurvivesARestart() {
        ServiceUnderTest restarted = IdentityUnderTest.anotherInstance(engine(), Map.of());
        try {
            IdentityClient restartedApi = new IdentityClient(restarted.baseUrl());
            String token = restartedApi.logIn(IdentityUnderTest.ADMIN_EMAIL, IdentityUnderTest.ADMIN_PASSWORD);
            JsonNode accounts = restartedApi.get("/users?size=100", token).json().path("items");
            assertThat(accounts.valueStream().filter(a -> a.path("email").asString().equals(IdentityUnderTest.ADMIN_EMAIL)))
                    .hasSize(1);
        } finally {
            restarted.stop();
        }
    }

    @Test
    void anExistingCustomerIsNotPromotedByTheAdminSetting() {
        SignedUp customer = api.newCustomer();
        ServiceUnderTest misconfigured = IdentityUnderTest.anotherInstance(engine(),
                Map.of("shop.admin.email", customer.email(), "shop.admin.password", "whatever-" + UUID.randomUUID()));
        try {
            Response me = api.get("/me", api.logIn(customer));
            assertThat(roles(me.json())).containsExactly("customer");
        } finally {
            misconfigured.stop();
        }
    }

    private long accountCount() {
        return api.get("/users?size=1", adminToken).json().path("totalItems").asLong();
    }

    private static List<String> roles(JsonNode account) {
        return account.path("roles").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }
}

class AccountApiOnPostgresTest extends AccountApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class AccountApiOnMysqlTest extends AccountApiContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

package o11yshop.identity.session;

import static o11yshop.identity.IdentityClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import o11yshop.identity.IdentityClient;
import o11yshop.identity.IdentityClient.SignedUp;
import o11yshop.identity.IdentityUnderTest;
import o11yshop.platform.security.ShopJwtDecoders;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Log-in on a real database: the token it answers, and how it is checked by others — against the JWKS,
 * through the discovery document, through platform-security — plus the answers to wrong passwords and
 * the throttle. Every response is checked against {@code api/identity.yaml}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class LogInContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("identity");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServiceUnderTest identity;
    private IdentityClient api;
    private String issuer;

    abstract TestDatabase.Engine engine();

    @BeforeAll
    void startIdentity() {
        identity = IdentityUnderTest.on(engine());
        api = new IdentityClient(identity.baseUrl());
        issuer = identity.context().getEnvironment().getRequiredProperty("shop.identity.issuer");
    }

    @Test
    void logInAnswersACognitoShapedTokenThatVerifiesAgainstTheJwks() {
        SignedUp customer = api.newCustomer();
        HttpResponse<String> response = api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), customer.password());

        assertThat(response.statusCode()).isEqualTo(200);
        CONTRACT.assertResponse("POST", "/sessions", 200, contentType(response), response.body());
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(answer.path("expiresIn").asInt()).isEqualTo(3600);

        // a plain Spring Security resource server, configured with nothing but the key set's URL
        Jwt token = NimbusJwtDecoder.withJwkSetUri(api.baseUrl() + "/.well-known/jwks.json")
                .jwsAlgorithm(SignatureAlgorithm.RS256).build()
                .decode(answer.path("accessToken").asString());

        assertThat(token.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", onlyKeyId());
        assertThat(token.getClaimAsString("iss")).isEqualTo(issuer);
        assertThat(token.getSubject()).isEqualTo(customer.id().toString());
        assertThat(token.getClaimAsString("email")).isEqualTo(customer.email());
        assertThat(token.getClaimAsStringList("cognito:groups")).containsExactly("customer");
        assertThat(token.getClaimAsString("token_use")).isEqualTo("access");
        assertThat(token.getId()).isNotBlank();
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofHours(1));
        assertThat(token.getIssuedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void aResourceServerStartingFromTheIssuerUrlFindsTheKeys() {
        String token = api.logIn(api.newCustomer());

        JwtDecoder discovered = JwtDecoders.fromIssuerLocation(issuer);
        Jwt viaDiscovery = discovered.decode(token);
        Jwt viaPlatform = ShopJwtDecoders.fromJwkSetUri(URI.create(issuer + "/.well-known/jwks.json"), issuer).decode(token);

        assertThat(viaDiscovery.getSubject()).isEqualTo(viaPlatform.getSubject());
    }

    @Test
    void theWellKnownDocumentsFollowTheContract() {
        Response jwks = api.get("/.well-known/jwks.json", null);
        Response discovery = api.get("/.well-known/openid-configuration", null);

        CONTRACT.assertResponse("GET", "/.well-known/jwks.json", 200, jwks.contentType(), jwks.body());
        CONTRACT.assertResponse("GET", "/.well-known/openid-configuration", 200, discovery.contentType(), discovery.body());
        assertThat(jwks.json().path("keys").get(0).has("d")).as("no private part").isFalse();
        assertThat(api.exchange("GET", "/.well-known/jwks.json", null, null).headers().firstValue("Cache-Control"))
                .as("checkers may keep the keys a while").contains("max-age=300, public");
        assertThat(discovery.json().path("issuer").asString()).isEqualTo(issuer);
        assertThat(discovery.json().path("jwks_uri").asString()).isEqualTo(issuer + "/.well-known/jwks.json");
    }

    @Test
    void theAdminsTokenCarriesBothGroups() {
        String token = api.logIn(IdentityUnderTest.ADMIN_EMAIL, IdentityUnderTest.ADMIN_PASSWORD);

        Jwt jwt = NimbusJwtDecoder.withJwkSetUri(api.baseUrl() + "/.well-known/jwks.json").build().decode(token);

        assertThat(jwt.getClaimAsStringList("cognito:groups")).containsExactly("admin", "customer");
    }

    @Test
    void theAddressIsMatchedWithoutRegardToCase() {
        SignedUp customer = api.newCustomer();

        assertThat(api.logIn(customer.email().toUpperCase(), customer.password())).isNotBlank();
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressAnswerAlike() {
        SignedUp customer = api.newCustomer();

        HttpResponse<String> wrongPassword = api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), "not-the-password");
        HttpResponse<String> unknownAddress = api.logInFrom(IdentityClient.randomClientAddress(), IdentityClient.newEmail(), "not-the-password");

        for (HttpResponse<String> response : List.of(wrongPassword, unknownAddress)) {
            assertThat(response.statusCode()).isEqualTo(401);
            CONTRACT.assertResponse("POST", "/sessions", 401, contentType(response), response.body());
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        }
        assertThat(withoutRequestId(wrongPassword.body())).isEqualTo(withoutRequestId(unknownAddress.body()));
        assertThat(JSON.readTree(wrongPassword.body()).path("type").asString()).isEqualTo("urn:o11y-shop:problem:invalid-credentials");
    }

    @Test
    void aPasswordLongerThanAnyAccountCanHaveIsJustWrong() {
        SignedUp customer = api.newCustomer();

        HttpResponse<String> response = api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), "パ".repeat(25));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void badLogInInputIsAProblem() {
        for (String body : List.of(json("email", "not-an-email", "password", "x"), json("email", "a@example.com"),
                json("email", "a@example.com", "password", ""), "{\"email\":\"a@example.com\",\"password\":123}",
                "{\"email\":\"a@example.com\",\"password\":\"x\",\"remember\":true}", "not json")) {
            Response response = api.post("/sessions", null, body);
            assertThat(response.status()).as(body).isEqualTo(400);
            CONTRACT.assertResponse("POST", "/sessions", 400, response.contentType(), response.body());
        }
    }

    @Test
    void fiveFailuresLockTheAddressForAGrowingTimeAndASuccessClearsTheCount() throws InterruptedException {
        SignedUp customer = api.newCustomer();
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), "guess-" + failure).statusCode())
                    .isEqualTo(401);
        }

        // locked from every client, and even the right password is not looked at
        HttpResponse<String> locked = api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), customer.password());
        assertThat(locked.statusCode()).isEqualTo(429);
        CONTRACT.assertResponse("POST", "/sessions", 429, contentType(locked), locked.body());
        assertThat(JSON.readTree(locked.body()).path("type").asString()).isEqualTo("urn:o11y-shop:problem:too-many-attempts");
        // the first lockout is 1 s here; locks end on a whole second, which adds up to one more
        long firstWait = retryAfter(locked);
        assertThat(firstWait).isBetween(1L, 2L);

        Thread.sleep(Duration.ofSeconds(firstWait).plusMillis(200));
        assertThat(api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), "guess-6").statusCode()).isEqualTo(401);
        HttpResponse<String> lockedLonger = api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), customer.password());
        assertThat(lockedLonger.statusCode()).isEqualTo(429);
        assertThat(retryAfter(lockedLonger)).as("doubled to 2 s").isBetween(2L, 3L);

        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(250)).until(() ->
                api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), customer.password()).statusCode() == 200);
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), "again-" + failure).statusCode())
                    .as("the count started over").isEqualTo(401);
        }
        assertThat(api.logInFrom(IdentityClient.randomClientAddress(), customer.email(), customer.password()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void oneClientTryingManyAddressesIsLockedWhileOthersAreNot() {
        String attacker = IdentityClient.randomClientAddress();
        SignedUp victim = api.newCustomer();
        for (int i = 0; i < 20; i++) {
            assertThat(api.logInFrom(attacker, IdentityClient.newEmail(), "Password123").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> fromTheAttacker = api.logInFrom(attacker, victim.email(), victim.password());
        HttpResponse<String> fromSomeoneElse = api.logInFrom(IdentityClient.randomClientAddress(), victim.email(), victim.password());

        assertThat(fromTheAttacker.statusCode()).isEqualTo(429);
        CONTRACT.assertResponse("POST", "/sessions", 429, contentType(fromTheAttacker), fromTheAttacker.body());
        assertThat(fromSomeoneElse.statusCode()).isEqualTo(200);
    }

    @Test
    void passwordsAndTokensNeverReachTheLogs(CapturedOutput output) {
        String password = "never-logged-" + UUID.randomUUID();
        String email = IdentityClient.newEmail();
        api.post("/users", null, json("email", email, "password", password, "displayName", "A"));
        String token = api.logIn(email, password);
        api.logInFrom(IdentityClient.randomClientAddress(), email, password + "-wrong");
        api.post("/users", null, json("email", email, "password", password, "displayName", "A"));
        api.post("/users", null, "{\"email\":\"" + IdentityClient.newEmail() + "\",\"password\":\"" + password
                + "\",\"displayName\":\"A\",\"unknown\":1}");
        api.post("/users", null, json("email", IdentityClient.newEmail(), "password", password.repeat(3), "displayName", "A"));
        api.get("/me", token + "x");

        assertThat(output.getAll()).doesNotContain(password).doesNotContain(token);
    }

    private String onlyKeyId() {
        JsonNode keys = api.get("/.well-known/jwks.json", null).json().path("keys");
        assertThat(keys.size()).isEqualTo(1);
        return keys.get(0).path("kid").asString();
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static Map<String, Object> withoutRequestId(String problem) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = JSON.readValue(problem, Map.class);
        fields.remove("requestId");
        return fields;
    }
}

class LogInOnPostgresTest extends LogInContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRESQL;
    }
}

class LogInOnMysqlTest extends LogInContractTest {
    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.MYSQL;
    }
}

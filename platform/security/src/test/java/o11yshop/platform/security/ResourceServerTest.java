package o11yshop.platform.security;

import static o11yshop.platform.security.SecuredService.ADMIN;
import static o11yshop.platform.security.SecuredService.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import o11yshop.platform.security.testing.HttpCalls;
import o11yshop.platform.security.testing.TokenMint;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Spring Boot service using platform-security, checking real RS256 tokens against a key set
 * it fetches over HTTP from a real issuer endpoint — and refusing every kind of forged token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ResourceServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    @AutoClose
    private SecuredService service;

    @BeforeAll
    void startIssuerAndService() {
        service = new SecuredService(SecuredTestApplication.class, "secured-test", "/api/secured",
                "--shop.security.admin-paths=/admin/**",
                "--shop.security.public-paths=GET /products,POST /newsletter",
                "--shop.security.public-url=https://shop.example.com",
                "--shop.security.cors-allowed-origins=https://admin.example.com");
    }

    @Test
    void aSignedInCustomerIsKnownToBusinessCodeAndToEveryLogLine(CapturedOutput output) {
        HttpResponse<String> response = get("/me", service.mint().accessToken(CUSTOMER, "hanako@example.com", "customer"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = JSON.readTree(response.body());
        assertThat(me.path("id").asString()).isEqualTo(CUSTOMER.toString());
        assertThat(me.path("email").asString()).isEqualTo("hanako@example.com");
        assertThat(me.path("admin").asBoolean()).isFalse();
        assertThat(me.path("loggedUserId").asString()).isEqualTo(CUSTOMER.toString());
        JsonNode logLine = output.getOut().lines()
                .filter(line -> line.contains("Serving the signed-in user's page"))
                .map(JSON::readTree)
                .findFirst().orElseThrow();
        assertThat(logLine.path("user_id").asString()).isEqualTo(CUSTOMER.toString());
        assertThat(logLine.path("request_id").asString()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void anAdminReachesAdminRoutes() {
        String token = service.mint().accessToken(ADMIN, "admin@example.com", "admin", "customer");

        assertThat(get("/admin/report", token).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("/me", token).body()).path("admin").asBoolean()).isTrue();
    }

    @Test
    void aCustomerOnAnAdminRouteIsForbidden() {
        HttpResponse<String> response = get("/admin/report", service.mint().accessToken(CUSTOMER, "hanako@example.com", "customer"));

        assertProblem(response, 403, "urn:o11y-shop:problem:forbidden");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("insufficient_scope");
    }

    @Test
    void withoutATokenAProtectedRouteAsksForOne() {
        HttpResponse<String> response = get("/me", null);

        assertProblem(response, 401, "urn:o11y-shop:problem:unauthenticated");
        // RFC 6750 §3: no error code when no token was sent, and no resource_metadata URL, which would be the
        // address the request reached (behind the edge, 127.0.0.1 and a port) rather than the shop's
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).isEqualTo("Bearer");
        assertThat(JSON.readTree(response.body()).path("requestId").asString())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void theChallengeLeadsAClientToTheIssuer() {
        HttpResponse<String> metadata = get("/.well-known/oauth-protected-resource", null);

        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(metadata.body()).path("authorization_servers").get(0).asString()).isEqualTo(service.jwks().issuer());
        assertThat(JSON.readTree(metadata.body()).path("resource").asString()).isEqualTo("https://shop.example.com/api/secured");
    }

    @Test
    void aPreflightFromAForeignOriginIsRefusedAsAPreflightWithoutAskingForAToken() {
        for (String path : new String[] {"/me", "/products", "/admin/report", "/no-such-route"}) {
            HttpResponse<String> response = preflight(path, "https://evil.example.com");

            assertProblem(response, 403, "urn:o11y-shop:problem:origin-not-allowed");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        HttpResponse<String> response = preflight("/me", "https://admin.example.com");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("https://admin.example.com");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).containsIgnoringCase("authorization");
    }

    @Test
    void aRequestThatIsNotAPreflightIsAnsweredAsBeforeWhateverItsOrigin() {
        HttpResponse<String> foreign = send(HttpRequest.newBuilder(URI.create(service.url("/products")))
                .header("Origin", "https://evil.example.com").GET());
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(URI.create(service.url("/products")))
                .header("Origin", "https://admin.example.com").GET());

        assertThat(foreign.statusCode()).isEqualTo(200);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://admin.example.com");
    }

    @Test
    void aRouteNobodyDeclaredPublicIsClosed() {
        assertThat(get("/no-such-route", null).statusCode()).isEqualTo(401);
        assertThat(get("/admin/report", null).statusCode()).isEqualTo(401);
    }

    @Test
    void publicRoutesNeedNoToken() {
        HttpResponse<String> products = get("/products", null);

        assertThat(products.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(products.body()).path("signedIn").asBoolean()).isFalse();
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPublicRouteStillKnowsASignedInCaller() {
        HttpResponse<String> products = get("/products", service.mint().accessToken(ADMIN, "admin@example.com", "admin", "customer"));

        assertThat(JSON.readTree(products.body()).path("admin").asBoolean()).isTrue();
    }

    @Test
    void aPublicRouteDeclaredForOneMethodIsClosedForTheOthers() {
        assertThat(send("DELETE", "/products", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aStatelessApiNeedsNoCsrfTokenAndSetsNoSession() {
        HttpResponse<String> response = send("POST", "/newsletter", null, "{\"email\":\"a@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void actuatorEndpointsBeyondHealthAndInfoAreForAdmins() {
        assertThat(get("/actuator/loggers", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/loggers", service.mint().accessToken(CUSTOMER, "hanako@example.com", "customer")).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/loggers", service.mint().accessToken(ADMIN, "admin@example.com", "admin", "customer")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theKeySetIsFetchedOnceAndCached() {
        for (int i = 0; i < 5; i++) {
            get("/me", service.mint().accessToken(CUSTOMER, "hanako@example.com", "customer"));
        }

        assertThat(service.jwks().fetches()).isEqualTo(1);
    }

    @Test
    void springBootsGeneratedPasswordUserIsNotCreated() {
        assertThat(service.context().getBeansOfType(UserDetailsService.class)).isEmpty();
    }

    Stream<Arguments> forgedTokens() {
        RSAKey strangerUnderTheIssuersKeyId = new RSAKey.Builder(TokenMint.newKey()).keyID(service.issuerKey().getKeyID()).build();
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return Stream.of(
                Arguments.of("expired", "Jwt expired", service.mint().sign(admin(claims -> claims
                        .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(1))))))),
                Arguments.of("signed with another key under the issuer's key ID", "Invalid signature",
                        TokenMint.signWith(strangerUnderTheIssuersKeyId, admin(claims -> claims))),
                Arguments.of("alg none", "Unsupported algorithm of none", TokenMint.unsigned(admin(claims -> claims))),
                Arguments.of("HS256 with the public key as secret", "Another algorithm expected", service.mint().hs256WithThePublicKey(admin(claims -> claims))),
                Arguments.of("another issuer", "The iss claim is not valid", service.mint().sign(admin(claims -> claims.issuer("https://evil.example.com")))),
                Arguments.of("an ID token, not an access token", "The token_use claim is not valid", service.mint().sign(admin(claims -> claims.claim("token_use", "id")))),
                Arguments.of("no expiry", "exp is required", service.mint().sign(admin(claims -> claims.expirationTime(null)))),
                Arguments.of("a subject that is not a user ID", "The sub claim is not valid", service.mint().sign(admin(claims -> claims.subject("admin")))),
                Arguments.of("promoted to admin after signing", "Invalid signature", withPayloadOf(
                        service.mint().accessToken(CUSTOMER, "hanako@example.com", "customer"),
                        service.mint().accessToken(CUSTOMER, "hanako@example.com", "admin", "customer"))),
                Arguments.of("not a JWT at all", "Malformed token", "not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedTokenIsRefusedSayingOnlyWhatTheCallerCanActOn(String forgery, String reason, String token, CapturedOutput output) {
        HttpResponse<String> response = get("/admin/report", token);

        assertProblem(response, 401, "urn:o11y-shop:problem:unauthenticated");
        String publicReason = forgery.equals("expired") ? "The access token has expired" : "The access token is not valid";
        String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(challenge).isEqualTo("Bearer error=\"invalid_token\", error_description=\"" + publicReason + "\"");
        assertThat(JSON.readTree(response.body()).path("detail").asString()).startsWith(publicReason);
        // the library's reason is for the log line that carries the answer's request ID, not for the caller
        String everythingSent = response.headers().map() + response.body();
        assertThat(everythingSent).doesNotContain(reason, "Jwt", "Nimbus", "algorithm", "claim", "127.0.0.1", "resource_metadata");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(output.getOut().lines().filter(line -> line.contains(requestId) && line.contains("Rejected a bearer token")))
                .singleElement().asString().contains(reason);
    }

    /** Good admin claims with one change: each forgery differs from a valid token in one point only. */
    private JWTClaimsSet admin(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(service.mint().claims(ADMIN, "admin@example.com", "admin", "customer")).build();
    }

    /** The header and signature of one token around the payload of another. */
    private static String withPayloadOf(String signed, String other) {
        String[] parts = signed.split("\\.");
        return parts[0] + "." + other.split("\\.")[1] + "." + parts[2];
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.propertyNames()).containsOnly("type", "title", "status", "detail", "requestId");
    }

    private HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    private HttpResponse<String> preflight(String path, String origin) {
        return send(HttpRequest.newBuilder(URI.create(service.url(path)))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return HttpCalls.send(http, request);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpCalls.send(http, request);
    }
}

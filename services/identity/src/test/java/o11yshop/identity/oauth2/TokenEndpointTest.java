package o11yshop.identity.oauth2;

import static o11yshop.identity.IdentityUnderTest.SERVICE_CLIENT_ID;
import static o11yshop.identity.IdentityUnderTest.SERVICE_CLIENT_SECRET;
import static o11yshop.identity.IdentityUnderTest.SERVICE_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import o11yshop.identity.IdentityClient;
import o11yshop.identity.IdentityUnderTest;
import o11yshop.platform.security.ShopJwtDecoders;
import o11yshop.platform.security.testing.HttpCalls;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /oauth2/token} as a service and as an OAuth client library call it: the client-credentials
 * grant with HTTP Basic, answered with a token the other services accept as the client's, and every
 * refusal an RFC 6749 error that says what to fix and nothing more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenEndpointTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("identity");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String GOOD = basic(SERVICE_CLIENT_ID, SERVICE_CLIENT_SECRET);

    private final HttpClient http = HttpClient.newHttpClient();
    private String baseUrl;
    private String issuer;

    @BeforeAll
    void startIdentity() {
        ServiceUnderTest identity = IdentityUnderTest.on(TestDatabase.Engine.POSTGRESQL);
        baseUrl = identity.baseUrl();
        issuer = identity.context().getEnvironment().getRequiredProperty("shop.identity.issuer");
    }

    @Test
    void aRegisteredClientGetsAShortLivedTokenWithItsScope() {
        HttpResponse<String> response = token(GOOD, FORM, "grant_type=client_credentials");

        expect(200, response);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(answer.path("expires_in").asLong()).isEqualTo(300);
        assertThat(answer.path("scope").asString()).isEqualTo(SERVICE_SCOPE);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        // checked the way every service checks a token: against the keys identity publishes
        Jwt token = ShopJwtDecoders.fromJwkSetUri(URI.create(baseUrl + "/.well-known/jwks.json"), issuer)
                .decode(answer.path("access_token").asString());
        assertThat(token.getSubject()).isEqualTo(SERVICE_CLIENT_ID);
        assertThat(token.getClaimAsString("client_id")).isEqualTo(SERVICE_CLIENT_ID);
        assertThat(token.getClaimAsString("scope")).isEqualTo(SERVICE_SCOPE);
        assertThat(token.getClaimAsString("token_use")).isEqualTo("access");
        assertThat(token.hasClaim("cognito:groups")).isFalse();
        assertThat(token.getExpiresAt()).isBefore(token.getIssuedAt().plusSeconds(301));
    }

    @Test
    void theClientMayNameItsScope() {
        HttpResponse<String> response = token(GOOD, FORM, "grant_type=client_credentials&scope=inventory%2Freservations");

        expect(200, response);
        assertThat(JSON.readTree(response.body()).path("scope").asString()).isEqualTo(SERVICE_SCOPE);
    }

    @Test
    void aWrongSecretAndAnUnknownClientGetTheSameRefusal() {
        HttpResponse<String> wrongSecret = token(basic(SERVICE_CLIENT_ID, SERVICE_CLIENT_SECRET + "x"), FORM,
                "grant_type=client_credentials");
        HttpResponse<String> unknownClient = token(basic("catalog", SERVICE_CLIENT_SECRET), FORM,
                "grant_type=client_credentials");

        expectError(401, "invalid_client", wrongSecret);
        expectError(401, "invalid_client", unknownClient);
        assertThat(wrongSecret.body()).isEqualTo(unknownClient.body());
        assertThat(wrongSecret.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic ");
    }

    @Test
    void withoutClientAuthenticationNoTokenIsIssued() {
        expectError(401, "invalid_client", token(null, FORM, "grant_type=client_credentials"));
        expectError(401, "invalid_client", token("Basic not-base64!", FORM, "grant_type=client_credentials"));
        // the secret in the body (client_secret_post) is not how this endpoint takes it
        expectError(401, "invalid_client", token(null, FORM, "grant_type=client_credentials&client_id="
                + SERVICE_CLIENT_ID + "&client_secret=" + SERVICE_CLIENT_SECRET));
        // a shopper's bearer token is no client authentication
        String shopper = new IdentityClient(baseUrl).logIn(new IdentityClient(baseUrl).newCustomer());
        expectError(401, "invalid_client", token("Bearer " + shopper, FORM, "grant_type=client_credentials"));
    }

    @Test
    void onlyTheClientCredentialsGrantIsServed() {
        expectError(400, "unsupported_grant_type", token(GOOD, FORM, "grant_type=password&username=a&password=b"));
        expectError(400, "invalid_request", token(GOOD, FORM, "scope=inventory%2Freservations"));
        expectError(400, "invalid_request", token(GOOD, FORM, "grant_type=client_credentials&grant_type=client_credentials"));
    }

    @Test
    void aScopeTheClientLacksIsRefused() {
        expectError(400, "invalid_scope", token(GOOD, FORM, "grant_type=client_credentials&scope=inventory%2Fadmin"));
        expectError(400, "invalid_scope", token(GOOD, FORM,
                "grant_type=client_credentials&scope=inventory%2Freservations+catalog%2Fwrite"));
    }

    @Test
    void aJsonBodyIsAnOAuthErrorNotAProblem() {
        expectError(400, "invalid_request", token(GOOD, "application/json", "{\"grant_type\":\"client_credentials\"}"));
        expectError(400, "invalid_request", token(GOOD, null, "grant_type=client_credentials"));
    }

    @Test
    void aServiceTokenOpensNoUserRoute() {
        String serviceToken = JSON.readTree(token(GOOD, FORM, "grant_type=client_credentials").body())
                .path("access_token").asString();

        assertThat(new IdentityClient(baseUrl).get("/me", serviceToken).status()).isEqualTo(403);
    }

    @Test
    void theDiscoveryDocumentNamesTheTokenEndpoint() {
        JsonNode discovery = new IdentityClient(baseUrl).get("/.well-known/openid-configuration", null).json();

        assertThat(discovery.path("token_endpoint").asString()).isEqualTo(issuer + "/oauth2/token");
    }

    private HttpResponse<String> token(@Nullable String authorization, @Nullable String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpCalls.send(http, request);
    }

    private static void expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        CONTRACT.assertResponse("POST", "/oauth2/token", status,
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static void expectError(int status, String error, HttpResponse<String> response) {
        expect(status, response);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo(error);
        assertThat(body.path("error_description").asString()).doesNotContain(SERVICE_CLIENT_SECRET, "127.0.0.1");
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}

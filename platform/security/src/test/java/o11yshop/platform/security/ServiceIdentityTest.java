package o11yshop.platform.security;

import static o11yshop.platform.security.SecuredService.ADMIN;
import static o11yshop.platform.security.SecuredService.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import o11yshop.platform.security.testing.HttpCalls;
import o11yshop.platform.security.testing.TokenMint;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes for services only ({@code shop.security.scoped-paths}): a client-credentials token with the
 * route's scope opens them, a user's token never does, and a service's token opens no user route. The
 * shopper a service acts for comes in {@code X-Shop-User-Token}, checked like any token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ServiceIdentityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCOPE = "inventory/reservations";

    private final HttpClient http = HttpClient.newHttpClient();
    @AutoClose
    private SecuredService service;

    @SpringBootApplication
    static class ServiceRoutesApplication {

        @RestController
        static class Endpoints {

            private static final Logger log = LoggerFactory.getLogger(Endpoints.class);

            private final CallingService callingService;
            private final CurrentUser currentUser;

            Endpoints(CallingService callingService, CurrentUser currentUser) {
                this.callingService = callingService;
                this.currentUser = currentUser;
            }

            @PostMapping("/reservations")
            Map<String, Object> reserve() {
                log.info("Reserving for a service");
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("clientId", callingService.clientId().orElse(null));
                answer.put("shopperId", callingService.shopperId().map(UUID::toString).orElse(null));
                answer.put("signedInUser", currentUser.isSignedIn());
                answer.put("loggedUserId", MDC.get("user_id"));
                answer.put("loggedClientId", MDC.get("client_id"));
                return answer;
            }

            // not /me: SecuredTestApplication, in the same package, has that one
            @GetMapping("/my-page")
            Map<String, Object> myPage() {
                return Map.of("id", currentUser.id().toString());
            }
        }
    }

    @BeforeAll
    void startIssuerAndService() {
        service = new SecuredService(ServiceRoutesApplication.class, "service-routes-test", "/api/scoped",
                "--shop.security.scoped-paths[0].route=POST /reservations",
                "--shop.security.scoped-paths[0].scope=" + SCOPE);
    }

    @Test
    void aServiceWithTheScopeIsLetInAndKnownByItsClientId(CapturedOutput output) {
        HttpResponse<String> response = send("POST", "/reservations", service.mint().serviceToken("order", SCOPE), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("clientId").asString()).isEqualTo("order");
        assertThat(answer.path("shopperId").asString(null)).isNull();
        assertThat(answer.path("signedInUser").asBoolean()).as("a service is no user").isFalse();
        assertThat(answer.path("loggedClientId").asString()).isEqualTo("order");
        assertThat(answer.path("loggedUserId").asString(null)).isNull();
    }

    @Test
    void theShopperAServiceActsForIsCheckedAndNamedInTheLogLine(CapturedOutput output) {
        String shopper = service.mint().accessToken(CUSTOMER, "hanako@example.com", "customer");

        HttpResponse<String> response = send("POST", "/reservations", service.mint().serviceToken("order", SCOPE), shopper);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("shopperId").asString()).isEqualTo(CUSTOMER.toString());
        assertThat(answer.path("loggedUserId").asString()).isEqualTo(CUSTOMER.toString());
        JsonNode logLine = output.getOut().lines()
                .filter(line -> line.contains("Reserving for a service") && line.contains(CUSTOMER.toString()))
                .map(JSON::readTree)
                .findFirst().orElseThrow();
        assertThat(logLine.path("client_id").asString()).isEqualTo("order");
    }

    @Test
    void aForgedOrServiceShopperTokenIsRefused() {
        String serviceToken = service.mint().serviceToken("order", SCOPE);
        String foreign = TokenMint.signWith(TokenMint.newKey(), service.mint().claims(CUSTOMER, "hanako@example.com", "customer").build());

        assertProblem(send("POST", "/reservations", serviceToken, foreign), 401, "urn:o11y-shop:problem:unauthenticated");
        assertProblem(send("POST", "/reservations", serviceToken, "not-a-token"), 401, "urn:o11y-shop:problem:unauthenticated");
        assertProblem(send("POST", "/reservations", serviceToken, serviceToken), 401, "urn:o11y-shop:problem:unauthenticated");
    }

    @Test
    void usersAdminsIncludedAreForbiddenOnAServiceRoute() {
        assertProblem(send("POST", "/reservations", service.mint().accessToken(CUSTOMER, "hanako@example.com", "customer"), null),
                403, "urn:o11y-shop:problem:forbidden");
        assertProblem(send("POST", "/reservations", service.mint().accessToken(ADMIN, "admin@example.com", "admin", "customer"), null),
                403, "urn:o11y-shop:problem:forbidden");
        // a user's token that names the scope (a Cognito user pool client may allow custom scopes) is still a user's
        String userWithScope = service.mint().sign(service.mint().claims(CUSTOMER, "hanako@example.com", "customer").claim("scope", SCOPE).build());
        assertProblem(send("POST", "/reservations", userWithScope, null), 403, "urn:o11y-shop:problem:forbidden");
    }

    @Test
    void anonymousCallersAreAskedForAToken() {
        assertProblem(send("POST", "/reservations", null, null), 401, "urn:o11y-shop:problem:unauthenticated");
    }

    @Test
    void aServiceWithoutTheScopeIsForbidden() {
        assertProblem(send("POST", "/reservations", service.mint().serviceToken("catalog", "catalog/read"), null),
                403, "urn:o11y-shop:problem:forbidden");
    }

    @Test
    void aServiceTokenOpensNoUserRoute() {
        assertProblem(send("GET", "/my-page", service.mint().serviceToken("order", SCOPE), null), 403, "urn:o11y-shop:problem:forbidden");
    }

    @Test
    void aTokenNamingNeitherAUserNorItsClientIsRefused() {
        String strange = service.mint().sign(service.mint().serviceClaims("order", SCOPE).claim("client_id", "someone-else").build());

        assertProblem(send("POST", "/reservations", strange, null), 401, "urn:o11y-shop:problem:unauthenticated");
    }

    private HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String shopperToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (shopperToken != null) {
            request.header(ShopperToken.HEADER, shopperToken);
        }
        return HttpCalls.send(http, request);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("type").asString()).isEqualTo(type);
    }
}

package o11yshop.platform.security;

import static o11yshop.platform.security.SecuredService.ADMIN;
import static o11yshop.platform.security.SecuredService.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import o11yshop.platform.security.testing.HttpCalls;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin audit log (O-METRIC-10) of a real service: what an admin changed, what a customer tried,
 * and what failed are each one JSON log line on {@code o11yshop.audit} and one count; reads are not
 * actions and are not written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class AdminActionAuditTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PRICE_ACTION = "PUT /admin/products/{productId}/price";

    private final HttpClient http = HttpClient.newHttpClient();
    @AutoClose
    private SecuredService service;

    @BeforeAll
    void startIssuerAndService() {
        service = new SecuredService(SecuredTestApplication.class, "audited-test", "/api/audited",
                "--shop.security.admin-paths=/admin/**");
    }

    @Test
    void anAdminsChangeIsOneAuditLineNamingTheOperationTheUserAndTheOutcome(CapturedOutput output) {
        double before = count(PRICE_ACTION, "succeeded");

        HttpResponse<String> response = put("/admin/products/7/price", adminToken(), "{\"amount\":1200}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode line = onlyAuditLineFor(output, "/api/audited/admin/products/7/price");
        assertThat(line.path("event").asString()).isEqualTo("admin_action");
        assertThat(line.path("action").asString()).isEqualTo(PRICE_ACTION);
        assertThat(line.path("outcome").asString()).isEqualTo("succeeded");
        assertThat(line.path("status").asInt()).isEqualTo(200);
        assertThat(line.path("duration_ms").isNumber()).isTrue();
        assertThat(line.path("user_id").asString()).isEqualTo(ADMIN.toString());
        assertThat(line.path("request_id").asString()).isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(line.path("level").asString()).isEqualTo("INFO");
        assertThat(count(PRICE_ACTION, "succeeded")).isEqualTo(before + 1);
    }

    @Test
    void aCustomerTryingAnAdminChangeIsWrittenAsDenied(CapturedOutput output) {
        double before = count("PUT /admin/**", "denied");

        HttpResponse<String> response = put("/admin/products/8/price",
                service.mint().accessToken(CUSTOMER, "hanako@example.com", "customer"), "{\"amount\":1}");

        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode line = onlyAuditLineFor(output, "/api/audited/admin/products/8/price");
        assertThat(line.path("outcome").asString()).isEqualTo("denied");
        assertThat(line.path("action").asString()).as("refused before any controller: the configured route")
                .isEqualTo("PUT /admin/**");
        assertThat(line.path("user_id").asString()).isEqualTo(CUSTOMER.toString());
        assertThat(count("PUT /admin/**", "denied")).isEqualTo(before + 1);
    }

    @Test
    void aChangeTheServiceRefusesIsWrittenAsRejected(CapturedOutput output) {
        HttpResponse<String> response = put("/admin/products/9/price", adminToken(), "{\"amount\":-5}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode line = onlyAuditLineFor(output, "/api/audited/admin/products/9/price");
        assertThat(line.path("outcome").asString()).isEqualTo("rejected");
        assertThat(line.path("status").asInt()).isEqualTo(400);
    }

    @Test
    void readingAdminDataIsNotAnAction(CapturedOutput output) {
        HttpResponse<String> response = send("GET", "/admin/report", adminToken(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(auditLines(output)).noneMatch(line -> line.path("path").asString().endsWith("/admin/report"));
    }

    @ParameterizedTest
    @CsvSource({"200, succeeded", "201, succeeded", "204, succeeded", "400, rejected", "404, rejected", "409, rejected",
            "401, denied", "403, denied", "500, failed", "503, failed"})
    void outcomesFollowTheStatus(int status, String outcome) {
        assertThat(AdminActionAudit.outcomeOf(status)).isEqualTo(outcome);
    }

    private String adminToken() {
        return service.mint().accessToken(ADMIN, "admin@example.com", "admin", "customer");
    }

    private double count(String action, String outcome) {
        Counter counter = service.context().getBean(MeterRegistry.class).find(AdminActionAudit.METRIC)
                .tags("action", action, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /**
     * The line is written when the request's filter chain returns, which for a refusal is after the answer
     * went out (the problem body is written and closed by the access-denied handler): wait for it a little.
     */
    private static JsonNode onlyAuditLineFor(CapturedOutput output, String path) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<JsonNode> lines = linesFor(output, path);
        while (lines.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            lines = linesFor(output, path);
        }
        assertThat(lines).hasSize(1);
        return lines.getFirst();
    }

    private static List<JsonNode> linesFor(CapturedOutput output, String path) {
        return auditLines(output).stream().filter(line -> line.path("path").asString().equals(path)).toList();
    }

    private static List<JsonNode> auditLines(CapturedOutput output) {
        return output.getOut().lines()
                .filter(line -> line.startsWith("{"))
                .map(JSON::readTree)
                .filter(line -> line.path("logger").asString().equals(AdminActionAudit.LOGGER_NAME))
                .toList();
    }

    private HttpResponse<String> put(String path, String token, String json) {
        return send("PUT", path, token, json);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpCalls.send(http, request);
    }
}

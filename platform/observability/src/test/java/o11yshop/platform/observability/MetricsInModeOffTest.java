package o11yshop.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import o11yshop.platform.observability.testing.EmbeddedMetricFormatSpec;
import o11yshop.platform.observability.testing.RecordingCloudWatch;
import o11yshop.platform.security.testing.JwksServer;
import o11yshop.platform.security.testing.TokenMint;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mode {@code off} publishes no metric to CloudWatch — no EMF line, no PutMetricData call, even when
 * asked for one — yet counts everything in Micrometer: {@code /actuator/metrics} and
 * {@code /actuator/prometheus} serve the business metrics and the request latency buckets to an admin.
 */
class MetricsInModeOffTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void modeOffPublishesNothingToCloudWatchButStillCounts() throws Exception {
        RSAKey issuerKey = TokenMint.newKey();
        try (StdoutCapture output = StdoutCapture.start();
                RecordingCloudWatch cloudWatch = RecordingCloudWatch.start();
                JwksServer jwks = JwksServer.publishing(new JWKSet(issuerKey), "/test-issuer");
                ConfigurableApplicationContext service = TracedServices.start("baseline", jwks.issuer(),
                        "--shop.observability.metrics.step=1s",
                        "--shop.observability.metrics.put-metric-data.enabled=true",
                        "--shop.observability.cloudwatch.endpoint=" + cloudWatch.endpoint(),
                        "--shop.observability.cloudwatch.region=eu-west-1")) {
            String baseUrl = TracedServices.baseUrl(service);
            String admin = new TokenMint(jwks.issuer(), issuerKey).accessToken(UUID.randomUUID(), "admin@example.com", "admin");
            get(baseUrl + "/checkout/1500", null);
            get(baseUrl + "/search?q=nothing", null);
            get(baseUrl + "/stock/1", null);

            HttpResponse<String> revenue = get(baseUrl + "/actuator/metrics/shop.revenue", admin);
            assertThat(revenue.statusCode()).isEqualTo(200);
            JsonNode measurement = JSON.readTree(revenue.body()).path("measurements").get(0);
            assertThat(measurement.path("statistic").asString()).isEqualTo("COUNT");
            assertThat(measurement.path("value").asDouble()).isEqualTo(1500);
            HttpResponse<String> prometheus = get(baseUrl + "/actuator/prometheus", admin);
            assertThat(prometheus.statusCode()).isEqualTo(200);
            assertThat(prometheus.body())
                    .contains("shop_searches_total{results=\"none\"} 1.0")
                    .contains("shop_orders_placed_total 1.0")
                    .contains("shop_revenue_yen_total 1500.0")
                    .contains("shop_payment_latency_seconds_bucket{")
                    .contains("http_server_requests_seconds_bucket{")
                    .contains("uri=\"/checkout/{amountJpy}\"")
                    .contains("jvm_memory_used_bytes{")
                    .contains("hikaricp_connections_active{");
            assertThat(get(baseUrl + "/actuator/prometheus", null).statusCode()).as("admins only").isEqualTo(401);

            // three steps: a registry publishing every second would have published by now
            Thread.sleep(3000);
            assertThat(EmbeddedMetricFormatSpec.emfLines(output.text())).isEmpty();
            assertThat(cloudWatch.requests()).isEmpty();
            assertThat(Arrays.stream(service.getBeanDefinitionNames()).map(name -> service.getBean(name).getClass().getName()))
                    .noneMatch(type -> type.contains(".observability.awsnative.metrics.") || type.startsWith("software.amazon.awssdk.services.cloudwatch"));
        }
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package o11yshop.platform.observability.awsnative.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import o11yshop.platform.observability.StdoutCapture;
import o11yshop.platform.observability.TracedServices;
import o11yshop.platform.observability.testing.EmbeddedMetricFormatSpec;
import o11yshop.platform.observability.testing.RecordingCloudWatch;
import o11yshop.platform.observability.testing.RecordingDaemon;
import o11yshop.platform.testing.RecordingEndpoint.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A real service in mode {@code xray} with PutMetricData on and EMF off, its CloudWatch client pointed
 * at a local endpoint that records the AWS SDK's real HTTP requests. The requests are read as
 * CloudWatch reads them: the operation and protocol from the path and headers, the signature's scope
 * from the Authorization header, the metrics from the CBOR body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PutMetricDataTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ACCESS_KEY_ID = "AKIAO11YSHOPEXAMPLE";
    /** AWS4-HMAC-SHA256 Credential=<key>/<yyyyMMdd>/<region>/<service>/aws4_request, SignedHeaders=…, Signature=<64 hex>. */
    private static final Pattern SIGV4 = Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, "
            + "SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}");

    private final HttpClient http = HttpClient.newHttpClient();
    private StdoutCapture output;
    private RecordingDaemon daemon;
    private RecordingCloudWatch cloudWatch;
    private ConfigurableApplicationContext service;

    @BeforeAll
    void startService() {
        output = StdoutCapture.start();
        daemon = RecordingDaemon.start();
        cloudWatch = RecordingCloudWatch.start();
        TracedServices.pointXRayAt(daemon.address());
        service = TracedServices.start("checkout", "http://127.0.0.1:1/issuer", "--shop.observability.mode=xray",
                "--shop.observability.metrics.step=1s",
                "--shop.observability.metrics.emf.enabled=false",
                "--shop.observability.metrics.put-metric-data.enabled=true",
                "--shop.observability.cloudwatch.endpoint=" + cloudWatch.endpoint(),
                "--shop.observability.cloudwatch.region=eu-west-1",
                "--shop.observability.cloudwatch.access-key-id=" + ACCESS_KEY_ID,
                "--shop.observability.cloudwatch.secret-access-key=o11yshop-example-secret");
        for (String path : List.of("/checkout/2000", "/checkout/3000", "/search?q=nothing", "/missing")) {
            get(path);
        }
    }

    @AfterAll
    void stop() {
        service.close();
        cloudWatch.close();
        daemon.close();
        TracedServices.forgetXRayDaemon();
        output.close();
    }

    @Test
    void eachRequestIsASignedPutMetricDataCallInTheRpcV2CborProtocol() {
        Request request = cloudWatch.await(any -> true, WAIT);

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/service/GraniteServiceVersion20100801/operation/PutMetricData");
        assertThat(request.header("smithy-protocol")).isEqualTo("rpc-v2-cbor");
        assertThat(request.header("Content-Type")).isEqualTo("application/cbor");
        Matcher signature = SIGV4.matcher(request.header("Authorization"));
        assertThat(signature.matches()).as(request.header("Authorization")).isTrue();
        assertThat(signature.group(1)).isEqualTo(ACCESS_KEY_ID);
        assertThat(signature.group(3)).isEqualTo("eu-west-1");
        assertThat(signature.group(4)).as("CloudWatch's signing name").isEqualTo("monitoring");
        assertThat(signature.group(5).split(";")).contains("host", "x-amz-date", "content-type");
        assertThat(request.header("X-Amz-Date")).startsWith(signature.group(2));
        assertThat(request.header("Authorization")).doesNotContain("o11yshop-example-secret");
    }

    @Test
    void theBodyCarriesTheNamespaceAndEveryMetricWithItsDimensionsUnitAndTime() {
        awaitSum("shop.revenue", Map.of("service", "checkout"), 5000);

        for (Request request : cloudWatch.requests()) {
            JsonNode body = RecordingCloudWatch.document(request);
            assertThat(body.path("Namespace").asString()).isEqualTo("O11yShop");
            assertThat(body.path("MetricData").size()).isBetween(1, PutMetricDataPublisher.MAX_DATA_PER_REQUEST);
            for (JsonNode datum : body.path("MetricData")) {
                assertThat(datum.path("MetricName").asString()).hasSizeBetween(1, 255);
                assertThat(datum.path("Value").isNumber()).isTrue();
                assertThat(EmbeddedMetricFormatSpec.UNITS).contains(datum.path("Unit").asString());
                assertThat(datum.path("Dimensions").size()).isBetween(1, CloudWatchMetricsRegistry.MAX_DIMENSIONS);
                assertThat(datum.path("Dimensions").get(0).path("Name").asString()).isEqualTo("service");
                // a timestamp, in epoch seconds, of this run
                Instant at = Instant.ofEpochMilli((long) (datum.path("Timestamp").asDouble() * 1000));
                assertThat(at).isBetween(Instant.now().minus(Duration.ofMinutes(2)), Instant.now());
            }
        }
    }

    @Test
    void theSameNumbersAsTheEmfLinesWouldCarry() {
        awaitSum("shop.orders.placed", Map.of("service", "checkout"), 2);
        awaitSum("shop.searches", Map.of("service", "checkout", "results", "none"), 1);
        awaitSum("http.server.requests.count",
                Map.of("service", "checkout", "method", "GET", "outcome", "CLIENT_ERROR", "uri", "/missing"), 1);

        List<Datum> data = data();
        assertThat(data).filteredOn(datum -> datum.name().equals("shop.revenue")).allSatisfy(datum -> assertThat(datum.unit()).isEqualTo("None"));
        assertThat(data).filteredOn(datum -> datum.name().equals("shop.payment.latency.p99")).isNotEmpty()
                .allSatisfy(datum -> {
                    assertThat(datum.unit()).isEqualTo("Milliseconds");
                    assertThat(datum.value()).isBetween(190.0, 310.0);
                });
    }

    @Test
    void noEmfLineIsWrittenWhenEmfIsOff() {
        cloudWatch.await(any -> true, WAIT);

        assertThat(EmbeddedMetricFormatSpec.emfLines(output.text())).isEmpty();
        assertThat(output.text()).contains("Metrics are published every 1s: with PutMetricData to " + cloudWatch.endpoint()
                + ", namespace O11yShop");
    }

    private record Datum(String name, Map<String, String> dimensions, double value, String unit) {
    }

    private List<Datum> data() {
        List<Datum> data = new ArrayList<>();
        for (Request request : cloudWatch.requests()) {
            for (JsonNode datum : RecordingCloudWatch.document(request).path("MetricData")) {
                Map<String, String> dimensions = new LinkedHashMap<>();
                datum.path("Dimensions").forEach(dimension -> dimensions.put(dimension.path("Name").asString(),
                        dimension.path("Value").asString()));
                data.add(new Datum(datum.path("MetricName").asString(), dimensions, datum.path("Value").asDouble(),
                        datum.path("Unit").asString()));
            }
        }
        return data;
    }

    /** Waits until the data points of the metric with exactly these dimensions add up to {@code expected}. */
    private void awaitSum(String name, Map<String, String> dimensions, double expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        double sum = 0;
        while (System.nanoTime() < deadline) {
            sum = data().stream().filter(datum -> datum.name().equals(name) && datum.dimensions().equals(dimensions))
                    .mapToDouble(Datum::value).sum();
            if (sum >= expected) {
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(sum).as(name + dimensions + ", summed over every request").isEqualTo(expected);
    }

    private void get(String path) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(TracedServices.baseUrl(service) + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }
}

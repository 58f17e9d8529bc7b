package o11yshop.platform.observability.awsnative.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import o11yshop.platform.observability.StdoutCapture;
import o11yshop.platform.observability.TracedServices;
import o11yshop.platform.observability.testing.EmbeddedMetricFormatSpec;
import o11yshop.platform.observability.testing.EmbeddedMetricFormatSpec.DataPoint;
import o11yshop.platform.observability.testing.RecordingDaemon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A real service in mode {@code xray} with a one-second step, serving requests against a real
 * PostgreSQL and recording business metrics; its stdout is captured, and every EMF line in it is
 * checked against the embedded metric format specification before anything else is asserted. The
 * assertions read the data points as CloudWatch would extract them, summed over lines, since a
 * request may fall into either of two steps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmfMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Pattern RAW_ID_IN_PATH = Pattern.compile(".*/\\d+(/.*)?");
    private static final Pattern UUID_LIKE = Pattern.compile(".*[0-9a-f]{8}-[0-9a-f]{4}-.*");

    private final HttpClient http = HttpClient.newHttpClient();
    private StdoutCapture output;
    private RecordingDaemon daemon;
    private ConfigurableApplicationContext service;
    private String baseUrl;

    @BeforeAll
    void startService() throws IOException {
        output = StdoutCapture.start();
        daemon = RecordingDaemon.start();
        TracedServices.pointXRayAt(daemon.address());
        int port = freeTcpPort();
        service = TracedServices.start("storefront", "http://127.0.0.1:1/issuer", "--shop.observability.mode=xray",
                "--server.port=" + port, "--test.stockroom-url=http://127.0.0.1:" + port,
                "--shop.observability.metrics.step=1s");
        baseUrl = TracedServices.baseUrl(service);
        for (String path : List.of("/stock/1", "/stock/2", "/stock/3", "/missing", "/broken", "/search?q=tea",
                "/search?q=nothing", "/checkout/1200", "/checkout/1200")) {
            get(path);
        }
    }

    @AfterAll
    void stop() {
        service.close();
        daemon.close();
        TracedServices.forgetXRayDaemon();
        output.close();
    }

    @Test
    void everyEmfLineMeetsTheSpecificationAndIsPrintedAsItIs() {
        awaitSum(point -> point.name().equals("shop.revenue"), 2400);

        List<String> lines = EmbeddedMetricFormatSpec.emfLines(output.text());
        assertThat(lines).isNotEmpty().allSatisfy(EmbeddedMetricFormatSpec::check);
        // the document itself is the line: not wrapped in the service's JSON log object, no trace of one request
        assertThat(lines).allSatisfy(line -> assertThat(EmbeddedMetricFormatSpec.parse(line).propertyNames())
                .doesNotContain("level", "logger", "message", "trace_id", "request_id"));
        assertThat(lines.stream().map(EmbeddedMetricFormatSpec::parse).flatMap(line -> EmbeddedMetricFormatSpec.dataPoints(line).stream()))
                .allSatisfy(point -> {
                    assertThat(point.namespace()).isEqualTo("O11yShop");
                    assertThat(point.dimensions()).containsEntry("service", "storefront");
                    assertThat(point.dimensions().keySet().iterator().next()).isEqualTo("service");
                });
        // the ordinary log lines are still the service's JSON log lines
        assertThat(output.text().lines().filter(line -> line.contains("\"message\":\"Counting stock of product 1\"")))
                .singleElement().satisfies(line -> assertThat(line).doesNotContain("_aws"));
    }

    @Test
    void requestsAreCountedAndTimedPerRouteWithPercentiles() {
        Map<String, String> stockRoute = Map.of("service", "storefront", "method", "GET", "outcome", "SUCCESS",
                "uri", "/stock/{productId}");
        awaitSum(point -> point.name().equals("http.server.requests.count") && point.dimensions().equals(stockRoute), 3);

        List<DataPoint> stock = dataPoints().stream().filter(point -> point.dimensions().equals(stockRoute)).toList();
        assertThat(stock).extracting(DataPoint::name).contains("http.server.requests.count", "http.server.requests.avg",
                "http.server.requests.max", "http.server.requests.p50", "http.server.requests.p90",
                "http.server.requests.p95", "http.server.requests.p99");
        assertThat(stock).filteredOn(point -> !point.name().endsWith(".count"))
                .allSatisfy(point -> assertThat(point.unit()).isEqualTo("Milliseconds"));
        assertThat(stock).filteredOn(point -> point.name().endsWith(".count"))
                .allSatisfy(point -> assertThat(point.unit()).isEqualTo("Count"));
        assertThat(stock).filteredOn(point -> point.name().endsWith(".p99"))
                .allSatisfy(point -> assertThat(point.values()).allSatisfy(value -> assertThat(value).isPositive()));
        awaitSum(point -> point.name().equals("http.server.requests.count")
                && "/missing".equals(point.dimensions().get("uri")) && "CLIENT_ERROR".equals(point.dimensions().get("outcome")), 1);
        awaitSum(point -> point.name().equals("http.server.requests.count")
                && "/broken".equals(point.dimensions().get("uri")) && "SERVER_ERROR".equals(point.dimensions().get("outcome")), 1);
    }

    @Test
    void businessMetricsArePublishedWithTheirUnitsAndDimensions() {
        awaitSum(point -> point.name().equals("shop.revenue"), 2400);
        awaitSum(point -> point.name().equals("shop.orders.placed"), 2);
        awaitSum(point -> point.name().equals("shop.checkouts.started"), 2);
        awaitSum(point -> point.name().equals("shop.checkouts.completed"), 2);
        awaitSum(point -> point.name().equals("shop.searches") && "none".equals(point.dimensions().get("results")), 1);
        awaitSum(point -> point.name().equals("shop.searches") && "found".equals(point.dimensions().get("results")), 1);
        awaitSum(point -> point.name().equals("shop.payment.latency.count"), 2);

        List<DataPoint> points = dataPoints();
        assertThat(points).filteredOn(point -> point.name().equals("shop.revenue"))
                .allSatisfy(point -> assertThat(point.unit()).isEqualTo("None"));
        assertThat(points).filteredOn(point -> point.name().equals("shop.orders.placed"))
                .allSatisfy(point -> assertThat(point.unit()).isEqualTo("Count"));
        // both payments took 120 ms
        assertThat(points).filteredOn(point -> point.name().equals("shop.payment.latency.p99")).isNotEmpty()
                .allSatisfy(point -> {
                    assertThat(point.unit()).isEqualTo("Milliseconds");
                    assertThat(point.values()).allSatisfy(value -> assertThat(value).isBetween(110.0, 130.0));
                });
    }

    @Test
    void jvmProcessAndConnectionPoolMetricsArePublished() {
        // a connection taken from the pool for each of the three stock queries
        awaitSum(point -> point.name().equals("hikaricp.connections.acquire.count"), 3);

        List<DataPoint> points = dataPoints();
        assertThat(points).filteredOn(point -> point.name().equals("jvm.memory.used")).isNotEmpty()
                .allSatisfy(point -> {
                    assertThat(point.unit()).isEqualTo("Bytes");
                    assertThat(point.dimensions()).containsKeys("area", "id");
                });
        assertThat(points).extracting(DataPoint::name)
                .contains("jvm.memory.max", "jvm.threads.live", "process.cpu.usage", "hikaricp.connections.active",
                        "hikaricp.connections.max", "disk.free");
        assertThat(points).filteredOn(point -> point.name().startsWith("hikaricp."))
                .allSatisfy(point -> assertThat(point.dimensions()).containsKey("pool"));
        assertThat(points).extracting(DataPoint::name)
                .as("meters not on the published list stay in Prometheus")
                .noneMatch(name -> name.startsWith("tomcat.") || name.startsWith("logback.") || name.startsWith("jvm.classes."));
    }

    @Test
    void dimensionsAreBoundedNeverARawPathOrAnId() {
        awaitSum(point -> point.name().equals("http.server.requests.count")
                && "/checkout/{amountJpy}".equals(point.dimensions().get("uri")), 2);

        List<DataPoint> points = dataPoints();
        assertThat(points).allSatisfy(point -> {
            assertThat(point.dimensions().keySet()).doesNotContain("status", "exception", "error");
            assertThat(point.dimensions().values()).noneMatch(value -> RAW_ID_IN_PATH.matcher(value).matches()
                    || UUID_LIKE.matcher(value).matches());
        });
        assertThat(points).filteredOn(point -> point.name().startsWith("http.server.requests."))
                .allSatisfy(point -> assertThat(point.dimensions().keySet()).containsExactly("service", "method", "outcome", "uri"));
    }

    private List<DataPoint> dataPoints() {
        return EmbeddedMetricFormatSpec.emfLines(output.text()).stream()
                .map(EmbeddedMetricFormatSpec::check)
                .flatMap((JsonNode line) -> EmbeddedMetricFormatSpec.dataPoints(line).stream())
                .toList();
    }

    /** Waits until the matching data points add up to {@code expected}; fails when they pass it, or time runs out. */
    private void awaitSum(Predicate<DataPoint> matching, double expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        double sum = 0;
        while (System.nanoTime() < deadline) {
            sum = dataPoints().stream().filter(matching).mapToDouble(DataPoint::sum).sum();
            if (sum >= expected) {
                break;
            }
            sleep();
        }
        assertThat(sum).as("the matching data points, summed over every EMF line").isEqualTo(expected);
    }

    private void get(String path) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}

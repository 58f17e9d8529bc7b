package o11yshop.launcher.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TelemetryApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TRACE = "1-5759e988-bd862e3fe1be46a994272793";

    private final TelemetryBuffer buffer = new TelemetryBuffer(TelemetryBuffer.Limits.DEFAULT, Clock.systemUTC());
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TelemetryApi api = new TelemetryApi(buffer);
        server.createContext("/", exchange -> {
            try {
                api.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aTraceComesWithItsLogLinesAsTheServicesWroteThem() throws Exception {
        TelemetryLogTap tap = new TelemetryLogTap(buffer, (source, line) -> { });
        tap.line("catalog", "{\"message\":\"Serving product 7\",\"trace_id\":\"" + TRACE + "\"}");

        HttpResponse<String> response = get("/_launcher/telemetry/traces/" + TRACE);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode trace = JSON.readTree(response.body());
        assertThat(trace.path("traceId").asString()).isEqualTo(TRACE);
        assertThat(trace.path("logLines").get(0).path("message").asString()).isEqualTo("Serving product 7");
        assertThat(trace.path("spans").isArray()).isTrue();
        assertThat(trace.path("spans").size()).isZero();
        assertThat(JSON.readTree(get("/_launcher/telemetry/traces?limit=5").body()).path("traces").size()).isEqualTo(1);
    }

    @Test
    void emfLinesAreServedAsDocuments() throws Exception {
        new TelemetryLogTap(buffer, (source, line) -> { })
                .line("order", "{\"_aws\":{\"Timestamp\":1,\"CloudWatchMetrics\":[]},\"OrdersPlaced\":1}");

        JsonNode metrics = JSON.readTree(get("/_launcher/telemetry/metrics").body());

        assertThat(metrics.path("metricLines").get(0).path("source").asString()).isEqualTo("order");
        assertThat(metrics.path("metricLines").get(0).path("document").path("OrdersPlaced").asInt()).isEqualTo(1);
    }

    @Test
    void otlpSpansMetricsAndLogRecordsAreServedAsOtlpJson() throws Exception {
        // what the X-Ray ID generator makes: the first 8 hex digits are the start in epoch seconds
        String traceId = "%08x".formatted(Instant.now().getEpochSecond()) + "bd862e3fe1be46a994272793";
        try (OtlpHttpReceiver receiver = OtlpHttpReceiver.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), buffer)) {
            HttpResponse<String> exported = postJson(receiver, "/v1/traces", """
                    {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"order"}}]},
                      "scopeSpans":[{"scope":{"name":"o11yshop.order"},"spans":[{"traceId":"%s","spanId":"53995c3f42cd8ad8",
                        "name":"POST /api/order/checkout","kind":2,"startTimeUnixNano":"1700000000000000000"}]}]}]}"""
                    .formatted(traceId));
            assertThat(exported.statusCode()).isEqualTo(200);
            assertThat(exported.body()).isEqualTo("{}");
            postJson(receiver, "/v1/metrics", """
                    {"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"shop.orders.placed",
                      "sum":{"dataPoints":[{"asInt":"1"}],"aggregationTemporality":2,"isMonotonic":true}}]}]}]}""");
            postJson(receiver, "/v1/logs", """
                    {"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"Order 42 placed"},"traceId":"%s"}]}]}]}"""
                    .formatted(traceId));
        }

        JsonNode trace = JSON.readTree(get("/_launcher/telemetry/traces/1-" + traceId.substring(0, 8) + "-" + traceId.substring(8)).body());
        assertThat(trace.path("segmentDocuments").size()).isZero();
        assertThat(trace.path("spans").get(0).path("source").asString()).isEqualTo("otlp");
        assertThat(trace.path("spans").get(0).path("span").path("name").asString()).isEqualTo("POST /api/order/checkout");
        assertThat(trace.path("spans").get(0).path("span").path("traceId").asString()).isEqualTo(traceId);
        assertThat(trace.path("logLines").get(0).path("logRecord").path("body").path("stringValue").asString())
                .isEqualTo("Order 42 placed");
        JsonNode metrics = JSON.readTree(get("/_launcher/telemetry/otlp/metrics").body());
        assertThat(metrics.path("metrics").get(0).path("document").path("metric").path("name").asString())
                .isEqualTo("shop.orders.placed");
        JsonNode logRecords = JSON.readTree(get("/_launcher/telemetry/otlp/logs").body());
        assertThat(logRecords.path("logRecords").get(0).path("document").path("logRecord").path("traceId").asString())
                .isEqualTo(traceId);
    }

    @Test
    void theVolumeCountsWhatArrivedOnEachChannel() throws Exception {
        JsonNode before = JSON.readTree(get("/_launcher/telemetry/volume").body());
        assertThat(before.path("xray").path("datagrams").asLong()).isZero();
        assertThat(before.path("since").asString()).isNotEmpty();

        String datagram = "{\"format\": \"json\", \"version\": 1}\n{\"name\":\"catalog\",\"trace_id\":\"" + TRACE + "\"}";
        try (XRayDaemonListener daemon = XRayDaemonListener.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), buffer);
             DatagramSocket socket = new DatagramSocket()) {
            byte[] bytes = datagram.getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, daemon.address()));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (daemon.accepted() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        String metricsExport = """
                {"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"shop.orders.placed","sum":{"dataPoints":[{"asInt":"1"}]}}]}]}]}""";
        try (OtlpHttpReceiver receiver = OtlpHttpReceiver.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), buffer)) {
            assertThat(postJson(receiver, "/v1/metrics", metricsExport).statusCode()).isEqualTo(200);
            assertThat(postJson(receiver, "/v1/metrics", metricsExport).statusCode()).isEqualTo(200);
            assertThat(postJson(receiver, "/v1/logs", "not an export").statusCode()).isEqualTo(400);
        }
        String emf = "{\"_aws\":{\"Timestamp\":1,\"CloudWatchMetrics\":[]},\"OrdersPlaced\":1}";
        String logLine = "{\"message\":\"Serving product 7\",\"trace_id\":\"" + TRACE + "\"}";
        TelemetryLogTap tap = new TelemetryLogTap(buffer, (source, line) -> { });
        tap.line("order", emf);
        tap.line("catalog", logLine);
        tap.line("catalog", "plain text is neither");

        HttpResponse<String> response = get("/_launcher/telemetry/volume");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode volume = JSON.readTree(response.body());
        assertThat(volume.path("since").asString()).isEqualTo(before.path("since").asString());
        assertThat(volume.path("xray").path("datagrams").asLong()).isEqualTo(1);
        assertThat(volume.path("xray").path("bytes").asLong()).isEqualTo(datagram.length());
        JsonNode metrics = volume.path("otlp").path("metrics");
        assertThat(metrics.path("requests").asLong()).isEqualTo(2);
        assertThat(metrics.path("wireBytes").asLong()).isEqualTo(2L * metricsExport.length());
        assertThat(metrics.path("uncompressedBytes").asLong()).isEqualTo(2L * metricsExport.length());
        assertThat(volume.path("otlp").path("traces").path("requests").asLong()).isZero();
        assertThat(volume.path("otlp").path("logs").path("requests").asLong()).isZero();
        assertThat(volume.path("otlp").path("logs").path("wireBytes").isNumber()).isTrue();
        assertThat(volume.path("emf").path("lines").asLong()).isEqualTo(1);
        assertThat(volume.path("emf").path("bytes").asLong()).isEqualTo(emf.length());
        assertThat(volume.path("logLines").path("lines").asLong()).isEqualTo(1);
        assertThat(volume.path("logLines").path("bytes").asLong()).isEqualTo(logLine.length());
    }

    @Test
    void theTelemetryIsReadOnly() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/_launcher/telemetry/volume"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void anUnknownTraceIsAProblem() throws Exception {
        HttpResponse<String> response = get("/_launcher/telemetry/traces/1-00000000-000000000000000000000000");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> postJson(OtlpHttpReceiver receiver, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + receiver.address().getPort() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

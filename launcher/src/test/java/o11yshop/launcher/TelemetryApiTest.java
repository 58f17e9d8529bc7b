package o11yshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import o11yshop.launcher.telemetry.TelemetryBuffer;
import o11yshop.launcher.telemetry.TelemetryLogTap;
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
    void anUnknownTraceIsAProblem() throws Exception {
        HttpResponse<String> response = get("/_launcher/telemetry/traces/1-00000000-000000000000000000000000");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package o11yshop.platform.observability.awsnative.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import o11yshop.platform.observability.TracedServices;
import o11yshop.platform.observability.testing.RecordingDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With a daemon that answers, sampling follows the account's centralized rules. The daemon here
 * takes segments on UDP and serves the sampling API on TCP at the same port, as the X-Ray daemon
 * does; its one rule samples every request under {@code /unsampled/}, which the local rules never do.
 */
@ExtendWith(OutputCaptureExtension.class)
class CentralizedSamplingTest {

    /** The X-Ray API's GetSamplingRules answer, as the daemon relays it. */
    private static final String RULES = """
            {"SamplingRuleRecords": [
              {"SamplingRule": {"RuleName": "decided-centrally", "RuleARN": "arn:aws:xray:eu-west-1:123456789012:sampling-rule/decided-centrally",
                "ResourceARN": "*", "Priority": 1, "FixedRate": 1.0, "ReservoirSize": 0, "ServiceName": "*", "ServiceType": "*",
                "Host": "*", "HTTPMethod": "*", "URLPath": "/unsampled/*", "Version": 1, "Attributes": {}},
               "CreatedAt": 1700000000.0, "ModifiedAt": 1700000000.0},
              {"SamplingRule": {"RuleName": "Default", "RuleARN": "arn:aws:xray:eu-west-1:123456789012:sampling-rule/Default",
                "ResourceARN": "*", "Priority": 10000, "FixedRate": 0.0, "ReservoirSize": 0, "ServiceName": "*", "ServiceType": "*",
                "Host": "*", "HTTPMethod": "*", "URLPath": "*", "Version": 1, "Attributes": {}},
               "CreatedAt": 1700000000.0, "ModifiedAt": 1700000000.0}
            ]}
            """;
    private static final String NO_TARGETS = """
            {"SamplingTargetDocuments": [], "UnprocessedStatistics": [], "LastRuleModification": 1700000000.0}
            """;

    @Test
    void aReachableDaemonsCentralizedRulesDecide(CapturedOutput output) throws Exception {
        AtomicInteger rulesFetched = new AtomicInteger();
        try (RecordingDaemon daemon = RecordingDaemon.start()) {
            HttpServer samplingApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), daemon.port()), 0);
            samplingApi.createContext("/GetSamplingRules", exchange -> {
                answer(exchange, RULES);
                rulesFetched.incrementAndGet();
            });
            samplingApi.createContext("/SamplingTargets", exchange -> answer(exchange, NO_TARGETS));
            samplingApi.start();
            TracedServices.pointXRayAt(daemon.address());
            int port = freeTcpPort();
            try (ConfigurableApplicationContext service = TracedServices.start("central", "http://127.0.0.1:1/issuer",
                    "--shop.observability.mode=xray", "--server.port=" + port,
                    "--shop.observability.xray.sampling-rules=classpath:test-sampling-rules.json",
                    "--test.stockroom-url=http://127.0.0.1:" + port)) {
                HttpClient http = HttpClient.newHttpClient();
                URI unsampledLocally = URI.create(TracedServices.baseUrl(service) + "/unsampled/products/1");
                // the SDK starts polling with the first sampling decision, and answers from the local rules until then
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                boolean sampled = false;
                while (!sampled && System.nanoTime() < deadline) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(unsampledLocally).build(),
                            HttpResponse.BodyHandlers.ofString());
                    sampled = response.body().contains("Sampled=1");
                    Thread.sleep(100);
                }

                assertThat(rulesFetched.get()).isPositive();
                assertThat(sampled).as("a request the local rules never sample is sampled by the centralized rule").isTrue();
                daemon.await(document -> document.path("http").path("request").path("url").asString()
                        .endsWith("/unsampled/products/1"), Duration.ofSeconds(5));
                assertThat(output.getOut()).contains("the daemon answers at http://127.0.0.1:" + daemon.port()
                        + ": sampling follows its centralized rules");
            } finally {
                TracedServices.forgetXRayDaemon();
                samplingApi.stop(0);
            }
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}

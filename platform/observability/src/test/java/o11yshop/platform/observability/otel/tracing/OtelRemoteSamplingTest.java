package o11yshop.platform.observability.otel.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code OTEL_TRACES_SAMPLER=xray}: the account's sampling rules through the collector, as the X-Ray
 * adapter takes them from the daemon. A local endpoint plays the collector's {@code awsproxy}: it
 * answers {@code GetSamplingRules} with one rule that samples nothing — and a callee still records
 * what its caller sampled: the decision is the caller's, as with the X-Ray SDK.
 */
class OtelRemoteSamplingTest {

    private static final Map<String, String> SETTINGS = Map.of(
            "otel.traces.sampler", "xray",
            "otel.traces.exporter", "none",
            "otel.metrics.exporter", "none");

    private static final String NOTHING = """
            {"SamplingRuleRecords":[{"CreatedAt":1.7E9,"ModifiedAt":1.7E9,"SamplingRule":{"RuleName":"Default",
            "RuleARN":"arn:aws:xray:us-east-1:123456789012:sampling-rule/Default","ResourceARN":"*","Priority":10000,
            "FixedRate":0.0,"ReservoirSize":0,"ServiceName":"*","ServiceType":"*","Host":"*","HTTPMethod":"*",
            "URLPath":"*","Version":1,"Attributes":{}}}]}""";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer samplingApi;

    @BeforeEach
    void playTheCollectorsSamplingProxy() throws IOException {
        samplingApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        samplingApi.createContext("/", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = (exchange.getRequestURI().getPath().equals("/GetSamplingRules")
                    ? NOTHING
                    : "{\"SamplingTargetDocuments\":[],\"UnprocessedStatistics\":[]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        samplingApi.start();
        SETTINGS.forEach(System::setProperty);
        System.setProperty("otel.traces.sampler.arg", "endpoint=http://127.0.0.1:" + samplingApi.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        SETTINGS.keySet().forEach(System::clearProperty);
        System.clearProperty("otel.traces.sampler.arg");
        samplingApi.stop(0);
    }

    @Test
    void theRemoteSamplerAppliesTheAccountsRulesToRequestsAndACalleeFollowsItsCaller() throws InterruptedException {
        try (OpenTelemetrySdk sdk = OtelSdk.build("storefront", "dev")) {
            for (int waited = 0; waited < 100 && calls.isEmpty(); waited++) {
                Thread.sleep(100);
            }
            assertThat(calls).contains("POST /GetSamplingRules");
            // the rules are applied once their answer is read
            Thread.sleep(500);

            Span request = sdk.getTracer("test").spanBuilder("GET /products").setSpanKind(SpanKind.SERVER).startSpan();
            assertThat(request.getSpanContext().isSampled()).as("the account's rule samples nothing").isFalse();
            request.end();

            for (TraceFlags callersDecision : List.of(TraceFlags.getSampled(), TraceFlags.getDefault())) {
                SpanContext caller = SpanContext.createFromRemoteParent("5759e988bd862e3fe1be46a994272793",
                        "53995c3f42cd8ad8", callersDecision, TraceState.getDefault());
                Span callee = sdk.getTracer("test").spanBuilder("GET /stock").setSpanKind(SpanKind.SERVER)
                        .setParent(Context.root().with(Span.wrap(caller))).startSpan();
                assertThat(callee.getSpanContext().isSampled()).isEqualTo(caller.isSampled());
                callee.end();
            }
        }
    }
}

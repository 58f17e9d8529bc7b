package o11yshop.launcher.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real OTLP/HTTP exports, sent by the OpenTelemetry SDK's own exporters to a real socket. */
class OtlpHttpReceiverTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Resource CATALOG = Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "catalog"));

    @RegisterExtension
    final RunningOtlpReceiver otlp = new RunningOtlpReceiver();

    @Test
    void aSpanAndItsChildJoinOneTraceNamedInXRayForm() throws Exception {
        SdkTracerProvider tracing = SdkTracerProvider.builder()
                .setResource(CATALOG)
                .setIdGenerator(new XRayStyleIds())
                .addSpanProcessor(SimpleSpanProcessor.create(
                        OtlpHttpSpanExporter.builder().setEndpoint(endpoint("/v1/traces")).build()))
                .build();
        Tracer tracer = tracing.get("o11yshop.test");
        Span request = tracer.spanBuilder("GET /api/catalog/products/{id}").setSpanKind(SpanKind.SERVER).startSpan();
        Span query;
        try (Scope ignored = request.makeCurrent()) {
            query = tracer.spanBuilder("SELECT products").setSpanKind(SpanKind.CLIENT)
                    .setAttribute("db.system.name", "postgresql").startSpan();
            query.end();
        } finally {
            request.end();
        }
        awaitExported(tracing.forceFlush());
        tracing.close();

        String hex = request.getSpanContext().getTraceId();
        String xrayTraceId = "1-" + hex.substring(0, 8) + "-" + hex.substring(8);
        TelemetryBuffer.Trace trace = otlp.buffer().trace(xrayTraceId).orElseThrow();
        assertThat(trace.segmentDocuments()).isEmpty();
        List<JsonNode> spans = trace.spans().stream().map(JSON::readTree).toList();
        assertThat(spans).extracting(span -> span.path("span").path("name").asString())
                .containsExactlyInAnyOrder("GET /api/catalog/products/{id}", "SELECT products");
        JsonNode child = spans.stream().filter(span -> span.path("span").path("name").asString().equals("SELECT products"))
                .findFirst().orElseThrow();
        assertThat(child.path("source").asString()).isEqualTo("otlp");
        assertThat(child.path("span").path("traceId").asString()).isEqualTo(hex);
        assertThat(child.path("span").path("spanId").asString()).isEqualTo(query.getSpanContext().getSpanId());
        assertThat(child.path("span").path("parentSpanId").asString()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(child.path("span").path("kind").asInt()).isEqualTo(3);
        assertThat(attribute(child.path("span"), "db.system.name")).isEqualTo("postgresql");
        assertThat(attribute(child.path("resource"), "service.name")).isEqualTo("catalog");
        assertThat(child.path("scope").path("name").asString()).isEqualTo("o11yshop.test");
        assertThat(otlp.receiver().rejected()).isZero();
    }

    @Test
    void gzippedMetricsAreKeptOneByOne() throws Exception {
        SdkMeterProvider metering = SdkMeterProvider.builder()
                .setResource(CATALOG)
                .registerMetricReader(PeriodicMetricReader.builder(
                                OtlpHttpMetricExporter.builder().setEndpoint(endpoint("/v1/metrics")).setCompression("gzip").build())
                        // exported when the test flushes, not on a timer
                        .setInterval(Duration.ofHours(1))
                        .build())
                .build();
        metering.get("o11yshop.test").counterBuilder("shop.orders.placed").build().add(3);
        metering.get("o11yshop.test").histogramBuilder("shop.checkout.duration").setUnit("s").build().record(0.25);
        awaitExported(metering.forceFlush());
        metering.close();

        // each may come more than once (closing the provider exports again), next to the SDK's metrics of itself
        List<JsonNode> metrics = otlp.buffer().recentOtlpMetrics(100).stream().map(item -> JSON.readTree(item.document())).toList();
        JsonNode counter = named(metrics, "shop.orders.placed");
        assertThat(counter.path("source").asString()).isEqualTo("otlp");
        // OTLP JSON writes 64-bit integers as strings
        assertThat(counter.path("metric").path("sum").path("dataPoints").get(0).path("asInt").asString()).isEqualTo("3");
        assertThat(attribute(counter.path("resource"), "service.name")).isEqualTo("catalog");
        JsonNode histogram = named(metrics, "shop.checkout.duration");
        assertThat(histogram.path("metric").path("histogram").path("dataPoints").get(0).path("sum").asDouble()).isEqualTo(0.25);
        // the volume counts the gzipped bodies as they came, and what they held
        TelemetryVolume.Exports exports = otlp.buffer().volume().otlp(TelemetryVolume.Signal.METRICS);
        assertThat(exports.requests()).isPositive();
        assertThat(exports.wireBytes()).isPositive().isNotEqualTo(exports.uncompressedBytes());
        assertThat(otlp.buffer().volume().otlp(TelemetryVolume.Signal.TRACES).requests()).isZero();
    }

    @Test
    void aLogRecordWrittenInASpanJoinsItsTraceToo() throws Exception {
        SdkTracerProvider tracing = SdkTracerProvider.builder()
                .setIdGenerator(new XRayStyleIds())
                .addSpanProcessor(SimpleSpanProcessor.create(
                        OtlpHttpSpanExporter.builder().setEndpoint(endpoint("/v1/traces")).build()))
                .build();
        SdkLoggerProvider logging = SdkLoggerProvider.builder()
                .setResource(CATALOG)
                .addLogRecordProcessor(SimpleLogRecordProcessor.create(
                        OtlpHttpLogRecordExporter.builder().setEndpoint(endpoint("/v1/logs")).build()))
                .build();
        Logger logger = logging.get("o11yshop.test");
        Span span = tracing.get("o11yshop.test").spanBuilder("checkout").startSpan();
        logger.logRecordBuilder().setContext(Context.current().with(span)).setBody("Order 42 placed").emit();
        logger.logRecordBuilder().setBody("Outside any trace").emit();
        span.end();
        awaitExported(logging.forceFlush());
        awaitExported(tracing.forceFlush());
        logging.close();
        tracing.close();

        List<TelemetryBuffer.OtlpItem> logRecords = otlp.buffer().recentOtlpLogRecords(10);
        assertThat(logRecords).extracting(item -> JSON.readTree(item.document()).path("logRecord").path("body")
                .path("stringValue").asString()).containsExactlyInAnyOrder("Outside any trace", "Order 42 placed");
        String hex = span.getSpanContext().getTraceId();
        TelemetryBuffer.Trace trace = otlp.buffer().trace("1-" + hex.substring(0, 8) + "-" + hex.substring(8)).orElseThrow();
        assertThat(trace.spans()).hasSize(1);
        assertThat(trace.logLines()).hasSize(1);
        JsonNode logRecord = JSON.readTree(trace.logLines().getFirst()).path("logRecord");
        assertThat(logRecord.path("traceId").asString()).isEqualTo(hex);
        assertThat(logRecord.path("spanId").asString()).isEqualTo(span.getSpanContext().getSpanId());
    }

    private String endpoint(String path) {
        return otlp.url(path);
    }

    /** The SDK's exporters wait for the answer, so what was exported is in the buffer once this returns. */
    private static void awaitExported(CompletableResultCode flush) {
        assertThat(flush.join(30, TimeUnit.SECONDS).isSuccess()).as("the exports were answered 200").isTrue();
    }

    private static JsonNode named(List<JsonNode> metrics, String name) {
        return metrics.stream().filter(metric -> metric.path("metric").path("name").asString().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no metric " + name + " in " + metrics));
    }

    /** The string value of an attribute in OTLP JSON: {@code "attributes":[{"key":…,"value":{"stringValue":…}}]}. */
    private static String attribute(JsonNode holder, String key) {
        for (JsonNode attribute : holder.path("attributes")) {
            if (attribute.path("key").asString().equals(key)) {
                return attribute.path("value").path("stringValue").asString();
            }
        }
        return null;
    }

    /** Trace IDs as the AWS X-Ray ID generator makes them: the first 32 bits are the start in epoch seconds. */
    private static final class XRayStyleIds implements IdGenerator {

        @Override
        public String generateSpanId() {
            return IdGenerator.random().generateSpanId();
        }

        @Override
        public String generateTraceId() {
            return "%08x".formatted(Instant.now().getEpochSecond()) + IdGenerator.random().generateTraceId().substring(8);
        }
    }
}

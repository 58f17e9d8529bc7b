package o11yshop.platform.observability.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import o11yshop.platform.testing.RecordingEndpoint;

/**
 * Stands in for the ADOT collector in tests: an OTLP/HTTP endpoint on a free port of 127.0.0.1 that
 * takes {@code /v1/traces}, {@code /v1/metrics} and {@code /v1/logs} in protobuf (gzip or not), as the
 * SDK's exporter sends them, and keeps every span, metric and log record with the service that sent it.
 * Point a service at it with {@code OTEL_EXPORTER_OTLP_ENDPOINT} (or the system property
 * {@code otel.exporter.otlp.endpoint}) set to {@link #endpoint()}.
 */
public final class RecordingCollector implements AutoCloseable {

    /** A span as received, with the {@code service.name} of the resource it came under. */
    public record ReceivedSpan(String service, Span span) {

        public String traceId() {
            return hex(span.getTraceId().toByteArray());
        }

        public String spanId() {
            return hex(span.getSpanId().toByteArray());
        }

        public String parentSpanId() {
            return hex(span.getParentSpanId().toByteArray());
        }

        public Optional<AnyValue> attribute(String key) {
            return RecordingCollector.attribute(span.getAttributesList(), key);
        }

        public String stringAttribute(String key) {
            return attribute(key).map(AnyValue::getStringValue).orElse("");
        }
    }

    public record ReceivedMetric(String service, Metric metric) {
    }

    public record ReceivedLogRecord(String service, LogRecord logRecord) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
    private final List<ReceivedMetric> metrics = new CopyOnWriteArrayList<>();
    private final List<ReceivedLogRecord> logRecords = new CopyOnWriteArrayList<>();
    private final List<Resource> resources = new CopyOnWriteArrayList<>();

    private RecordingCollector(HttpServer server) {
        this.server = server;
        server.createContext("/v1/traces", exchange -> receive(exchange, body -> ExportTraceServiceRequest.parseFrom(body)
                .getResourceSpansList().forEach(resourceSpans -> {
                    resources.add(resourceSpans.getResource());
                    String service = serviceOf(resourceSpans.getResource());
                    resourceSpans.getScopeSpansList().forEach(scope -> scope.getSpansList()
                            .forEach(span -> spans.add(new ReceivedSpan(service, span))));
                })));
        server.createContext("/v1/metrics", exchange -> receive(exchange, body -> ExportMetricsServiceRequest.parseFrom(body)
                .getResourceMetricsList().forEach(resourceMetrics -> {
                    String service = serviceOf(resourceMetrics.getResource());
                    resourceMetrics.getScopeMetricsList().forEach(scope -> scope.getMetricsList()
                            .forEach(metric -> metrics.add(new ReceivedMetric(service, metric))));
                })));
        server.createContext("/v1/logs", exchange -> receive(exchange, body -> ExportLogsServiceRequest.parseFrom(body)
                .getResourceLogsList().forEach(resourceLogs -> {
                    String service = serviceOf(resourceLogs.getResource());
                    resourceLogs.getScopeLogsList().forEach(scope -> scope.getLogRecordsList()
                            .forEach(logRecord -> logRecords.add(new ReceivedLogRecord(service, logRecord))));
                })));
        server.start();
    }

    public static RecordingCollector start() {
        try {
            return new RecordingCollector(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not listen on a port of 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: the SDK adds {@code /v1/traces} and its siblings itself. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    public List<ReceivedMetric> metrics() {
        return List.copyOf(metrics);
    }

    public List<ReceivedLogRecord> logRecords() {
        return List.copyOf(logRecords);
    }

    /** Every resource spans arrived under: service name, version, and the detected AWS attributes. */
    public List<Resource> resources() {
        return List.copyOf(resources);
    }

    public ReceivedSpan awaitSpan(Predicate<ReceivedSpan> wanted, Duration timeout) {
        return RecordingEndpoint.awaitFirst(this::spans, wanted, timeout, () -> "spans: " + spans.size());
    }

    public ReceivedMetric awaitMetric(Predicate<ReceivedMetric> wanted, Duration timeout) {
        return RecordingEndpoint.awaitFirst(this::metrics, wanted, timeout, () -> "metrics: " + metrics.size());
    }

    public ReceivedLogRecord awaitLogRecord(Predicate<ReceivedLogRecord> wanted, Duration timeout) {
        return RecordingEndpoint.awaitFirst(this::logRecords, wanted, timeout, () -> "logRecords: " + logRecords.size());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static Optional<AnyValue> attribute(List<KeyValue> attributes, String key) {
        return attributes.stream().filter(attribute -> attribute.getKey().equals(key)).map(KeyValue::getValue).findFirst();
    }

    public static String hex(byte[] id) {
        return HexFormat.of().formatHex(id);
    }

    private static String serviceOf(Resource resource) {
        return attribute(resource.getAttributesList(), "service.name").map(AnyValue::getStringValue).orElse("");
    }

    private interface BodyReader {
        void read(byte[] body) throws IOException;
    }

    private static void receive(HttpExchange exchange, BodyReader reader) throws IOException {
        try (exchange; InputStream raw = exchange.getRequestBody()) {
            boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            byte[] body = (gzip ? new GZIPInputStream(raw) : raw).readAllBytes();
            reader.read(body);
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }
}

package o11yshop.launcher.telemetry;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * Takes an OTLP export apart into what the Lab shows one by one: each span, metric and log record
 * becomes a JSON document of its own, in OTLP JSON, together with the resource and the scope it came
 * under (which in the export are shared by many) and a {@code "source":"otlp"} marker:
 *
 * <pre>
 * {"source":"otlp","resource":{"attributes":[…]},"scope":{"name":…},"span":{"traceId":…,"name":…}}
 * </pre>
 *
 * A span joins its trace; a log record with a trace ID joins that trace's log lines as well.
 */
final class OtlpDocuments {

    private static final JsonFormat.Printer PRINTER = JsonFormat.printer()
            .omittingInsignificantWhitespace()
            // OTLP JSON writes enums as numbers (the protobuf mapping would write their names)
            .printingEnumsAsInts();
    private static final int TRACE_ID_BYTES = 16;

    private final TelemetryBuffer buffer;

    OtlpDocuments(TelemetryBuffer buffer) {
        this.buffer = buffer;
    }

    void keepSpans(ExportTraceServiceRequest request) {
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    // a span without a valid trace ID belongs to no trace; OTLP calls it invalid
                    if (span.getTraceId().size() == TRACE_ID_BYTES) {
                        buffer.addSpan(traceIdOf(span.getTraceId().toByteArray()),
                                document(resourceSpans.getResource(), scopeSpans.getScope(), "span", span));
                    }
                }
            }
        }
    }

    void keepMetrics(ExportMetricsServiceRequest request) {
        for (ResourceMetrics resourceMetrics : request.getResourceMetricsList()) {
            for (ScopeMetrics scopeMetrics : resourceMetrics.getScopeMetricsList()) {
                for (Metric metric : scopeMetrics.getMetricsList()) {
                    buffer.addOtlpMetric(document(resourceMetrics.getResource(), scopeMetrics.getScope(), "metric", metric));
                }
            }
        }
    }

    void keepLogRecords(ExportLogsServiceRequest request) {
        for (ResourceLogs resourceLogs : request.getResourceLogsList()) {
            for (ScopeLogs scopeLogs : resourceLogs.getScopeLogsList()) {
                for (LogRecord logRecord : scopeLogs.getLogRecordsList()) {
                    String document = document(resourceLogs.getResource(), scopeLogs.getScope(), "logRecord", logRecord);
                    buffer.addOtlpLogRecord(document);
                    if (logRecord.getTraceId().size() == TRACE_ID_BYTES) {
                        buffer.addLogLine(traceIdOf(logRecord.getTraceId().toByteArray()), document);
                    }
                }
            }
        }
    }

    private String traceIdOf(byte[] traceId) {
        return TraceIdForm.of(traceId, buffer.clock().instant());
    }

    private static String document(Resource resource, InstrumentationScope scope, String itemName, MessageOrBuilder item) {
        return OtlpJsonIds.base64ToHex("{\"source\":\"otlp\",\"resource\":" + print(resource) + ",\"scope\":" + print(scope)
                + ",\"" + itemName + "\":" + print(item) + "}");
    }

    private static String print(MessageOrBuilder message) {
        try {
            return PRINTER.print(message);
        } catch (InvalidProtocolBufferException e) {
            // only a google.protobuf.Any without its type registered fails to print, and OTLP has none
            throw new IllegalStateException(e);
        }
    }
}

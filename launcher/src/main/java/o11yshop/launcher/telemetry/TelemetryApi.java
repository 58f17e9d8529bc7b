package o11yshop.launcher.telemetry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import o11yshop.launcher.edge.Responses;
import tools.jackson.core.JsonGenerator;

/**
 * What the Observability Lab page reads: the telemetry the launcher caught, as the documents came —
 * segment documents as the X-Ray SDK sent them, spans, metrics and log records as OTLP JSON, log and EMF
 * lines as the services printed them — so that the page shows a learner the real formats, not a digest.
 *
 * <pre>
 * GET /_launcher/telemetry/traces?limit=N        → 200 {"traces":[{"traceId","firstSeen","segmentDocuments":[…],"spans":[…],"logLines":[…]}]}
 * GET /_launcher/telemetry/traces/{traceId}      → 200 {"traceId","firstSeen","segmentDocuments":[…],"spans":[…],"logLines":[…]}
 * GET /_launcher/telemetry/metrics?limit=N       → 200 {"metricLines":[{"source","seen","document":{…}}]}
 * GET /_launcher/telemetry/otlp/metrics?limit=N  → 200 {"metrics":[{"seen","document":{"source":"otlp","resource","scope","metric"}}]}
 * GET /_launcher/telemetry/otlp/logs?limit=N     → 200 {"logRecords":[{"seen","document":{"source":"otlp","resource","scope","logRecord"}}]}
 * GET /_launcher/telemetry/volume                → 200 {"since",
 *                                                       "xray":{"datagrams","bytes"},
 *                                                       "otlp":{"traces":{"requests","wireBytes","uncompressedBytes"},
 *                                                               "metrics":{…},"logs":{…}},
 *                                                       "emf":{"lines","bytes"},
 *                                                       "logLines":{"lines","bytes"}}
 * </pre>
 *
 * The volume is counted from the launcher's start (its {@code since}) and never let go, so the telemetry
 * of a time window is the difference of two reads: what the services sent to the X-Ray daemon (every
 * datagram, header line included), to the OTLP receiver (every export taken; {@code wireBytes} as sent,
 * gzipped when the exporter compresses, {@code uncompressedBytes} as decoded), and what they wrote on
 * stdout as EMF lines and as other JSON log lines (UTF-8 bytes, without the line break). See
 * {@link TelemetryVolume}.
 */
public final class TelemetryApi implements HttpHandler {

    private static final Pattern TRACES = Pattern.compile("/_launcher/telemetry/traces/?");
    private static final Pattern TRACE = Pattern.compile("/_launcher/telemetry/traces/([0-9a-fA-F-]{1,64})");
    private static final Pattern METRICS = Pattern.compile("/_launcher/telemetry/metrics/?");
    private static final Pattern OTLP_METRICS = Pattern.compile("/_launcher/telemetry/otlp/metrics/?");
    private static final Pattern OTLP_LOGS = Pattern.compile("/_launcher/telemetry/otlp/logs/?");
    private static final Pattern VOLUME = Pattern.compile("/_launcher/telemetry/volume/?");
    private static final Pattern LIMIT = Pattern.compile("(?:^|&)limit=([^&]*)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final int DEFAULT_LIMIT = 50;

    private final TelemetryBuffer buffer;

    public TelemetryApi(TelemetryBuffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Responses.sendProblem(exchange, 405, "method-not-allowed", "Method not allowed",
                    "The telemetry the launcher caught is read-only; use GET.");
            return;
        }
        Optional<Integer> requestedLimit = limitOf(exchange);
        if (requestedLimit.isEmpty()) {
            Responses.sendProblem(exchange, 400, "invalid-parameter", "Invalid request parameter",
                    "limit must be a whole number of at most four digits.");
            return;
        }
        int limit = requestedLimit.get();
        if (TRACES.matcher(path).matches()) {
            List<TelemetryBuffer.Trace> traces = buffer.recentTraces(limit);
            Responses.sendJson(exchange, 200, Responses.json(json -> {
                json.writeStartObject();
                json.writeArrayPropertyStart("traces");
                traces.forEach(trace -> writeTrace(json, trace));
                json.writeEndArray();
                json.writeEndObject();
            }));
            return;
        }
        Matcher trace = TRACE.matcher(path);
        if (trace.matches()) {
            Optional<TelemetryBuffer.Trace> found = buffer.trace(trace.group(1));
            if (found.isEmpty()) {
                Responses.sendProblem(exchange, 404, "not-found", "Resource not found",
                        "No trace " + trace.group(1) + " was caught, or it is too old and was let go.");
                return;
            }
            Responses.sendJson(exchange, 200, Responses.json(json -> writeTrace(json, found.get())));
            return;
        }
        if (METRICS.matcher(path).matches()) {
            sendRecent(exchange, "metricLines", buffer.recentMetricLines(limit), (json, line) -> {
                json.writeStringProperty("source", line.source());
                json.writeStringProperty("seen", line.seen().toString());
                json.writeName("document");
                json.writeRawValue(line.document());
            });
            return;
        }
        if (OTLP_METRICS.matcher(path).matches()) {
            sendOtlpItems(exchange, "metrics", buffer.recentOtlpMetrics(limit));
            return;
        }
        if (OTLP_LOGS.matcher(path).matches()) {
            sendOtlpItems(exchange, "logRecords", buffer.recentOtlpLogRecords(limit));
            return;
        }
        if (VOLUME.matcher(path).matches()) {
            Responses.sendJson(exchange, 200, Responses.json(json -> writeVolume(json, buffer.volume())));
            return;
        }
        Responses.sendProblem(exchange, 404, "route-not-found", "No such endpoint",
                "The launcher's telemetry API has GET /_launcher/telemetry/traces, /traces/{traceId}, /metrics,"
                        + " /otlp/metrics, /otlp/logs and /volume.");
    }

    private static void writeVolume(JsonGenerator json, TelemetryVolume volume) {
        json.writeStartObject();
        json.writeStringProperty("since", volume.since().toString());
        json.writeObjectPropertyStart("xray");
        json.writeNumberProperty("datagrams", volume.xrayDatagrams().messages());
        json.writeNumberProperty("bytes", volume.xrayDatagrams().bytes());
        json.writeEndObject();
        json.writeObjectPropertyStart("otlp");
        for (TelemetryVolume.Signal signal : TelemetryVolume.Signal.values()) {
            TelemetryVolume.Exports exports = volume.otlp(signal);
            json.writeObjectPropertyStart(signal.name().toLowerCase(Locale.ROOT));
            json.writeNumberProperty("requests", exports.requests());
            json.writeNumberProperty("wireBytes", exports.wireBytes());
            json.writeNumberProperty("uncompressedBytes", exports.uncompressedBytes());
            json.writeEndObject();
        }
        json.writeEndObject();
        writeLines(json, "emf", volume.emfLines());
        writeLines(json, "logLines", volume.logLines());
        json.writeEndObject();
    }

    private static void writeLines(JsonGenerator json, String name, TelemetryVolume.Count lines) {
        json.writeObjectPropertyStart(name);
        json.writeNumberProperty("lines", lines.messages());
        json.writeNumberProperty("bytes", lines.bytes());
        json.writeEndObject();
    }

    private static void writeTrace(JsonGenerator json, TelemetryBuffer.Trace trace) {
        json.writeStartObject();
        json.writeStringProperty("traceId", trace.traceId());
        json.writeStringProperty("firstSeen", trace.firstSeen().toString());
        json.writeArrayPropertyStart("segmentDocuments");
        trace.segmentDocuments().forEach(json::writeRawValue);
        json.writeEndArray();
        json.writeArrayPropertyStart("spans");
        trace.spans().forEach(json::writeRawValue);
        json.writeEndArray();
        json.writeArrayPropertyStart("logLines");
        trace.logLines().forEach(json::writeRawValue);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void sendOtlpItems(HttpExchange exchange, String name, List<TelemetryBuffer.OtlpItem> items)
            throws IOException {
        sendRecent(exchange, name, items, (json, item) -> {
            json.writeStringProperty("seen", item.seen().toString());
            json.writeName("document");
            json.writeRawValue(item.document());
        });
    }

    /** {@code {"<name>":[{…}, …]}}, each object's fields written by {@code fields}. */
    private static <T> void sendRecent(HttpExchange exchange, String name, List<T> items,
            BiConsumer<JsonGenerator, T> fields) throws IOException {
        Responses.sendJson(exchange, 200, Responses.json(json -> {
            json.writeStartObject();
            json.writeArrayPropertyStart(name);
            items.forEach(item -> {
                json.writeStartObject();
                fields.accept(json, item);
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        }));
    }

    /** The query's {@code limit}, else the default; empty when it is given but no whole number. */
    private static Optional<Integer> limitOf(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        Matcher limit = LIMIT.matcher(query == null ? "" : query);
        if (!limit.find()) {
            return Optional.of(DEFAULT_LIMIT);
        }
        return WHOLE_NUMBER.matcher(limit.group(1)).matches()
                ? Optional.of(Math.max(1, Integer.parseInt(limit.group(1))))
                : Optional.empty();
    }
}

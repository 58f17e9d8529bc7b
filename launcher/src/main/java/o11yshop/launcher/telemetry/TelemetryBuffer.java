package o11yshop.launcher.telemetry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the local X-Ray daemon, the OTLP receiver and the log tap caught, kept in memory for the
 * Observability Lab: the most recent traces — each with its X-Ray segment documents, its OTLP spans and
 * the log lines that carry its trace ID — the most recent EMF metric lines, and the most recent OTLP
 * metrics and log records. One trace list holds both kinds, so that a trace made with X-Ray-style IDs
 * looks the same whichever way it was sent. Everything is bounded; the oldest goes first, as a learner
 * looks at what just happened, not at yesterday.
 */
public final class TelemetryBuffer {

    /** One trace as caught so far: documents, spans and log lines as they arrived, each a JSON object. */
    public record Trace(String traceId, Instant firstSeen, List<String> segmentDocuments, List<String> spans,
                        List<String> logLines) {
    }

    /** One EMF line and the service whose output it was. */
    public record MetricLine(String source, Instant seen, String document) {
    }

    /** One OTLP metric or log record as a JSON object, and when it arrived. */
    public record OtlpItem(Instant seen, String document) {
    }

    public record Limits(int traces, int itemsPerTrace, int metricLines, int otlpMetrics, int otlpLogRecords) {

        public static final Limits DEFAULT = new Limits(200, 500, 1000, 1000, 1000);
    }

    private static final class CaughtTrace {
        final Instant firstSeen;
        final List<String> documents = new ArrayList<>();
        final List<String> spans = new ArrayList<>();
        final List<String> logLines = new ArrayList<>();

        CaughtTrace(Instant firstSeen) {
            this.firstSeen = firstSeen;
        }
    }

    private final Limits limits;
    private final Clock clock;
    private final LinkedHashMap<String, CaughtTrace> traces = new LinkedHashMap<>();
    private final Deque<MetricLine> metricLines = new ArrayDeque<>();
    private final Deque<OtlpItem> otlpMetrics = new ArrayDeque<>();
    private final Deque<OtlpItem> otlpLogRecords = new ArrayDeque<>();
    private final TelemetryVolume volume;

    public TelemetryBuffer(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.volume = new TelemetryVolume(clock.instant());
    }

    /** How much arrived on each channel since the buffer was made, kept or not (nothing here is let go). */
    public TelemetryVolume volume() {
        return volume;
    }

    /** The buffer's clock, so that what reads trace IDs judges their age by the same time. */
    Clock clock() {
        return clock;
    }

    synchronized void addSegmentDocument(String traceId, String document) {
        addUpToLimit(traceFor(traceId).documents, document);
    }

    synchronized void addSpan(String traceId, String span) {
        addUpToLimit(traceFor(traceId).spans, span);
    }

    synchronized void addLogLine(String traceId, String line) {
        addUpToLimit(traceFor(traceId).logLines, line);
    }

    synchronized void addMetricLine(String source, String document) {
        addDroppingOldest(metricLines, new MetricLine(source, clock.instant(), document), limits.metricLines());
    }

    synchronized void addOtlpMetric(String document) {
        addDroppingOldest(otlpMetrics, new OtlpItem(clock.instant(), document), limits.otlpMetrics());
    }

    synchronized void addOtlpLogRecord(String document) {
        addDroppingOldest(otlpLogRecords, new OtlpItem(clock.instant(), document), limits.otlpLogRecords());
    }

    /** The traces, newest first. */
    public synchronized List<Trace> recentTraces(int limit) {
        List<Trace> newestFirst = new ArrayList<>();
        List<Map.Entry<String, CaughtTrace>> entries = new ArrayList<>(traces.entrySet());
        for (int i = entries.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            newestFirst.add(snapshot(entries.get(i).getKey(), entries.get(i).getValue()));
        }
        return newestFirst;
    }

    public synchronized Optional<Trace> trace(String traceId) {
        return Optional.ofNullable(traces.get(traceId)).map(caught -> snapshot(traceId, caught));
    }

    /** The EMF lines, newest first. */
    public synchronized List<MetricLine> recentMetricLines(int limit) {
        return newestFirst(metricLines, limit);
    }

    /** The OTLP metrics, newest first. */
    public synchronized List<OtlpItem> recentOtlpMetrics(int limit) {
        return newestFirst(otlpMetrics, limit);
    }

    /** The OTLP log records, newest first. */
    public synchronized List<OtlpItem> recentOtlpLogRecords(int limit) {
        return newestFirst(otlpLogRecords, limit);
    }

    /** A full trace keeps its first items: the root comes early, and a runaway loop must not push it out. */
    private void addUpToLimit(List<String> items, String item) {
        if (items.size() < limits.itemsPerTrace()) {
            items.add(item);
        }
    }

    private static <T> void addDroppingOldest(Deque<T> items, T item, int limit) {
        items.addLast(item);
        if (items.size() > limit) {
            items.removeFirst();
        }
    }

    private static <T> List<T> newestFirst(Deque<T> items, int limit) {
        List<T> newestFirst = new ArrayList<>();
        Iterator<T> newest = items.descendingIterator();
        while (newest.hasNext() && newestFirst.size() < limit) {
            newestFirst.add(newest.next());
        }
        return newestFirst;
    }

    private CaughtTrace traceFor(String traceId) {
        CaughtTrace caught = traces.get(traceId);
        if (caught == null) {
            caught = new CaughtTrace(clock.instant());
            traces.put(traceId, caught);
            if (traces.size() > limits.traces()) {
                traces.remove(traces.keySet().iterator().next());
            }
        }
        return caught;
    }

    private static Trace snapshot(String traceId, CaughtTrace caught) {
        return new Trace(traceId, caught.firstSeen, List.copyOf(caught.documents), List.copyOf(caught.spans),
                List.copyOf(caught.logLines));
    }
}

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
 * What the local X-Ray daemon and the log tap caught, kept in memory for the Observability Lab: the
 * most recent traces — each with its segment documents and the log lines that carry its trace ID — and
 * the most recent EMF metric lines. Everything is bounded; the oldest goes first, as a learner looks at
 * what just happened, not at yesterday.
 */
public final class TelemetryBuffer {

    /** One trace as caught so far: documents and log lines as they arrived, each a JSON object. */
    public record Trace(String traceId, Instant firstSeen, List<String> segmentDocuments, List<String> logLines) {
    }

    /** One EMF line and the service whose output it was. */
    public record MetricLine(String source, Instant seen, String document) {
    }

    public record Limits(int traces, int itemsPerTrace, int metricLines) {

        public static final Limits DEFAULT = new Limits(200, 500, 1000);
    }

    private static final class CaughtTrace {
        final Instant firstSeen;
        final List<String> documents = new ArrayList<>();
        final List<String> logLines = new ArrayList<>();

        CaughtTrace(Instant firstSeen) {
            this.firstSeen = firstSeen;
        }
    }

    private final Limits limits;
    private final Clock clock;
    private final LinkedHashMap<String, CaughtTrace> traces = new LinkedHashMap<>();
    private final Deque<MetricLine> metricLines = new ArrayDeque<>();

    public TelemetryBuffer(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    synchronized void addSegmentDocument(String traceId, String document) {
        List<String> documents = traceFor(traceId).documents;
        if (documents.size() < limits.itemsPerTrace()) {
            documents.add(document);
        }
    }

    synchronized void addLogLine(String traceId, String line) {
        List<String> lines = traceFor(traceId).logLines;
        if (lines.size() < limits.itemsPerTrace()) {
            lines.add(line);
        }
    }

    synchronized void addMetricLine(String source, String document) {
        metricLines.addLast(new MetricLine(source, clock.instant(), document));
        if (metricLines.size() > limits.metricLines()) {
            metricLines.removeFirst();
        }
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
        List<MetricLine> newestFirst = new ArrayList<>();
        Iterator<MetricLine> newest = metricLines.descendingIterator();
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
        return new Trace(traceId, caught.firstSeen, List.copyOf(caught.documents), List.copyOf(caught.logLines));
    }
}

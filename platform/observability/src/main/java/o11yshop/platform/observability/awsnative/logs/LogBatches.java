package o11yshop.platform.observability.awsnative.logs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Splits waiting lines into PutLogEvents requests that CloudWatch Logs accepts: a request whose batch
 * breaks one of these rules fails as a whole.
 */
final class LogBatches {

    static final int MAX_EVENTS = 10_000;

    /** The messages' UTF-8 bytes plus {@link LogLine#EVENT_OVERHEAD_BYTES} per event. */
    static final int MAX_BYTES = 1_048_576;

    /** A batch may not span more than this from its first event to its last; each stays under it. */
    static final Duration MAX_SPAN = Duration.ofHours(24);

    private LogBatches() {
    }

    /** The lines in the order of their timestamps — within a batch they must be — cut into batches within the limits. */
    static List<List<LogLine>> of(Collection<LogLine> lines) {
        List<LogLine> inOrder = new ArrayList<>(lines);
        inOrder.sort(Comparator.comparingLong(LogLine::timestamp));
        List<List<LogLine>> batches = new ArrayList<>();
        List<LogLine> batch = new ArrayList<>();
        long bytes = 0;
        for (LogLine line : inOrder) {
            boolean full = batch.size() == MAX_EVENTS
                    || bytes + line.size() > MAX_BYTES
                    || !batch.isEmpty() && line.timestamp() - batch.getFirst().timestamp() >= MAX_SPAN.toMillis();
            if (full) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(line);
            bytes += line.size();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}

package o11yshop.platform.observability;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The logging-context (MDC) keys that tie a log line to its trace (O-LOG-04, O-CORR-01). Every adapter
 * writes the same two, so platform-web's JSON log lines look alike whichever approach is on, and a
 * learner searches {@code trace_id} in CloudWatch Logs Insights either way.
 */
public final class LogFields {

    /** The trace ID in the approach's own format; X-Ray's is {@code 1-5f84c7a1-5e4d0f2a9b1c3d4e5f607182}. */
    public static final String TRACE_ID = "trace_id";

    /** The segment, subsegment or span the line was written in. */
    public static final String SPAN_ID = "span_id";

    /** The signed-in user's ID, which platform-security puts there once the token is verified. */
    public static final String USER_ID = "user_id";

    private LogFields() {
    }

    /**
     * Runs the rest of a request with its trace in every log line. An unsampled request still has a trace
     * ID, shared with the services it calls: its log lines across services still belong together, though
     * nothing is recorded for them — hence no span ID, there being none to point at.
     *
     * @param spanId the recorded segment or span; none when the request is not sampled
     */
    public static void whileServing(String traceId, @Nullable String spanId, RequestWork work)
            throws IOException, ServletException {
        MDC.put(TRACE_ID, traceId);
        if (spanId != null) {
            MDC.put(SPAN_ID, spanId);
        }
        try {
            work.run();
        } finally {
            MDC.remove(TRACE_ID);
            MDC.remove(SPAN_ID);
        }
    }

    /** The rest of a request: a filter's call down its chain. */
    @FunctionalInterface
    public interface RequestWork {

        void run() throws IOException, ServletException;
    }
}

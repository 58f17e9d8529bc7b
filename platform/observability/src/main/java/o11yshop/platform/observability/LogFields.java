package o11yshop.platform.observability;

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
}

package o11yshop.platform.observability;

/**
 * One business step being timed. Annotations are indexed and searchable (X-Ray filter expressions
 * such as {@code annotation.order_id = "…"}), so their keys are a fixed set; metadata is any extra
 * detail worth reading in the trace, not searchable.
 */
public interface BusinessSpan extends AutoCloseable {

    BusinessSpan annotate(SpanAnnotation key, String value);

    BusinessSpan annotate(SpanAnnotation key, long value);

    BusinessSpan metadata(String key, Object value);

    /** Marks the step as failed, with the exception as its cause; the caller still rethrows or handles it. */
    BusinessSpan recordError(Throwable error);

    /** Ends the step; its duration is the time since it was started. */
    @Override
    void close();

    /** A span that records nothing: for mode {@code off}, and for work that is not part of a trace. */
    static BusinessSpan none() {
        return NoBusinessSpan.INSTANCE;
    }
}

package o11yshop.platform.observability.xray;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Subsegment;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.LogFields;
import o11yshop.platform.observability.SpanAnnotation;
import org.slf4j.MDC;

/**
 * A business step as a custom subsegment (O-TRACE-02, O-TRACE-04): annotations become X-Ray
 * annotations (indexed, searchable), metadata goes to the subsegment's {@code default} metadata
 * namespace. While the step runs, log lines carry its subsegment ID as {@code span_id}.
 */
final class XRayBusinessSpan implements BusinessSpan {

    private final AWSXRayRecorder recorder;
    private final Subsegment subsegment;
    private final String enclosingSpanId;

    XRayBusinessSpan(AWSXRayRecorder recorder, Subsegment subsegment) {
        this.recorder = recorder;
        this.subsegment = subsegment;
        this.enclosingSpanId = MDC.get(LogFields.SPAN_ID);
        if (subsegment.isSampled()) {
            MDC.put(LogFields.SPAN_ID, subsegment.getId());
        }
    }

    @Override
    public BusinessSpan annotate(SpanAnnotation key, String value) {
        subsegment.putAnnotation(key.key(), value);
        return this;
    }

    @Override
    public BusinessSpan annotate(SpanAnnotation key, long value) {
        subsegment.putAnnotation(key.key(), value);
        return this;
    }

    @Override
    public BusinessSpan metadata(String key, Object value) {
        subsegment.putMetadata(key, value);
        return this;
    }

    /** In X-Ray terms a fault: the step failed on the shop's side, with the exception as the cause. */
    @Override
    public BusinessSpan recordError(Throwable error) {
        subsegment.addException(error);
        return this;
    }

    @Override
    public void close() {
        // the no-argument form: it also makes the enclosing segment current again on this thread, which
        // endSubsegment(subsegment) — meant for subsegments ended on another thread — does not
        recorder.endSubsegment();
        if (enclosingSpanId == null) {
            MDC.remove(LogFields.SPAN_ID);
        } else {
            MDC.put(LogFields.SPAN_ID, enclosingSpanId);
        }
    }
}

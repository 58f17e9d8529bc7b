package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Subsegment;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.LogFields;
import org.slf4j.MDC;

/**
 * A business step as a custom subsegment (O-TRACE-02, O-TRACE-04). While the step runs, log lines carry its subsegment ID as {@code span_id}.
 */
final class XRayBusinessSpan extends XRayEntitySpan {

    private final AWSXRayRecorder recorder;
    private final String enclosingSpanId;

    XRayBusinessSpan(AWSXRayRecorder recorder, Subsegment subsegment) {
        super(subsegment);
        this.recorder = recorder;
        this.enclosingSpanId = MDC.get(LogFields.SPAN_ID);
        if (subsegment.isSampled()) {
            MDC.put(LogFields.SPAN_ID, subsegment.getId());
        }
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

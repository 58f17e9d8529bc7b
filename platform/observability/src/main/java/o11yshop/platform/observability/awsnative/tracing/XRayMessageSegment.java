package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.TraceHeader;
import java.util.Optional;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.LogFields;
import org.slf4j.MDC;

/**
 * Work that a message asks for, as a segment of the service doing it in the trace of the request that
 * sent the message (O-TRACE-02: service → queue → consumer). The header names the trace and the parent:
 * the segment hangs under the sender's work in the trace, and the service map draws the edge. A message
 * the sender did not sample is not recorded here either; one without a header starts a trace of its own.
 */
final class XRayMessageSegment extends XRayEntitySpan {

    private final AWSXRayRecorder recorder;

    private XRayMessageSegment(AWSXRayRecorder recorder, Segment segment) {
        super(segment);
        this.recorder = recorder;
    }

    static BusinessSpan begin(AWSXRayRecorder recorder, String serviceName, Optional<TraceHeader> header) {
        Optional<TraceHeader> sender = header.filter(found -> found.getRootTraceId() != null);
        Segment segment = sender
                .map(found -> recorder.beginSegment(serviceName, found.getRootTraceId(), found.getParentId()))
                .orElseGet(() -> recorder.beginSegment(serviceName));
        if (sender.map(found -> found.getSampled() == TraceHeader.SampleDecision.NOT_SAMPLED).orElse(false)) {
            segment.setSampled(false);
        }
        MDC.put(LogFields.TRACE_ID, segment.getTraceId().toString());
        if (segment.isSampled()) {
            MDC.put(LogFields.SPAN_ID, segment.getId());
        }
        return new XRayMessageSegment(recorder, segment);
    }

    @Override
    public void close() {
        recorder.endSegment();
        MDC.remove(LogFields.TRACE_ID);
        MDC.remove(LogFields.SPAN_ID);
    }
}

package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.TraceHeader;
import java.util.Optional;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;

/**
 * Mode {@code xray}: the port on the AWS X-Ray SDK for Java. The SDK keeps the segment or subsegment
 * being worked in per thread; a business span is a subsegment of it.
 */
public class XRayObservability implements Observability {

    private final AWSXRayRecorder recorder;

    private final String serviceName;

    XRayObservability(AWSXRayRecorder recorder, String serviceName) {
        this.recorder = recorder;
        this.serviceName = serviceName;
    }

    @Override
    public BusinessSpan startSpan(String name) {
        if (recorder.getTraceEntity() == null) {
            return BusinessSpan.none();
        }
        return new XRayBusinessSpan(recorder, recorder.beginSubsegment(name));
    }

    @Override
    public Optional<String> currentTraceId() {
        return Optional.ofNullable(recorder.getTraceEntity()).map(entity -> entity.getTraceId().toString());
    }

    @Override
    public Optional<String> currentSpanId() {
        return Optional.ofNullable(recorder.getTraceEntity()).filter(Entity::isSampled).map(Entity::getId);
    }

    @Override
    public Optional<String> currentTraceHeader() {
        return Optional.ofNullable(recorder.getTraceEntity()).map(entity -> TraceHeader.fromEntity(entity).toString());
    }

    @Override
    public BusinessSpan continueTrace(Optional<String> traceHeader) {
        return XRayMessageSegment.begin(recorder, serviceName, traceHeader.map(TraceHeader::fromString));
    }
}

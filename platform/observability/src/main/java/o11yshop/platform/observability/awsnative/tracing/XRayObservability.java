package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.TraceHeader;
import com.amazonaws.xray.interceptors.TracingInterceptor;
import java.util.Optional;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Mode {@code xray}: the port on the AWS X-Ray SDK for Java. The SDK keeps the segment or subsegment
 * being worked in per thread; a business span is a subsegment of it.
 */
public class XRayObservability implements Observability {

    private final AWSXRayRecorder recorder;
    private final ClientHttpRequestInterceptor outgoingCallTracing;
    private final ExecutionInterceptor awsCallTracing;

    private final String serviceName;

    XRayObservability(AWSXRayRecorder recorder, String serviceName) {
        this.recorder = recorder;
        this.outgoingCallTracing = new XRayOutgoingCallTracing(recorder);
        // the X-Ray SDK's own AWS SDK v2 instrumentation: a subsegment with namespace "aws" per call, the
        // operation, region, request ID and the call's resource (queue URL, bucket, table); its default
        // list of which request parameters to record (no account ID to add, hence the nulls)
        this.awsCallTracing = new TracingInterceptor(recorder, null, null);
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
    public ClientHttpRequestInterceptor outgoingCallTracing() {
        return outgoingCallTracing;
    }

    @Override
    public ExecutionInterceptor awsCallTracing() {
        return awsCallTracing;
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

package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.jakarta.servlet.AWSXRayServletFilter;
import com.amazonaws.xray.strategy.jakarta.FixedSegmentNamingStrategy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import o11yshop.platform.observability.LogFields;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A segment for every incoming request (O-TRACE-01). The SDK's own servlet filter does the X-Ray
 * work: it continues the caller's trace from the {@code X-Amzn-Trace-Id} header or starts one, asks
 * the sampling rules whether to record it, names the segment after the service, records the URL,
 * method, client address and response status, flags 4xx as error, 429 as throttle and 5xx as fault,
 * and sends the segment to the daemon when the response is done. Inside it, this filter adds the
 * service's version and puts the trace and segment IDs into the logging context, so that every log
 * line written for the request — by any later filter too — carries them (O-LOG-04).
 */
class XRaySegmentFilter extends OncePerRequestFilter {

    private final AWSXRayServletFilter segments;
    private final AWSXRayRecorder recorder;
    private final String serviceVersion;

    XRaySegmentFilter(String serviceName, String serviceVersion, AWSXRayRecorder recorder) {
        // AWS_XRAY_TRACING_NAME, when set, overrides the name: the SDK's standard switch
        this.segments = new AWSXRayServletFilter(new FixedSegmentNamingStrategy(serviceName), recorder);
        this.recorder = recorder;
        this.serviceVersion = serviceVersion;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        segments.doFilter(request, response, (segmentRequest, segmentResponse) -> {
            Entity segment = recorder.getTraceEntity();
            segment.getParentSegment().putService("version", serviceVersion);
            LogFields.whileServing(segment.getTraceId().toString(), segment.isSampled() ? segment.getId() : null,
                    () -> chain.doFilter(segmentRequest, segmentResponse));
        });
    }
}

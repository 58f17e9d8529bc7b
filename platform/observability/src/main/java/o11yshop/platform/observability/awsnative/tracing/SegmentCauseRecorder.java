package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import com.amazonaws.xray.entities.Entity;
import com.amazonaws.xray.entities.Segment;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Keeps the exception behind a failed request as the segment's cause. Spring MVC turns exceptions into
 * problem+json answers before they reach the servlet filter, which then only sees a status code; this
 * resolver runs first, notes the exception (type, message, stack) on the segment and lets the shop's
 * own handlers answer as before. Whether it counts as error (4xx) or fault (5xx) is still decided by
 * the status code — the SDK's {@code addException} would always mark a fault, so only the cause is added.
 */
class SegmentCauseRecorder implements HandlerExceptionResolver, Ordered {

    private final AWSXRayRecorder recorder;

    SegmentCauseRecorder(AWSXRayRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        Entity current = recorder.getTraceEntity();
        if (current != null && current.isSampled()) {
            Segment segment = current.getParentSegment();
            segment.getCause().addExceptions(recorder.getThrowableSerializationStrategy()
                    .describeInContext(segment, exception, segment.getSubsegments()));
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

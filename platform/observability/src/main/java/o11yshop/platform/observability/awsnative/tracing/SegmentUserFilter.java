package o11yshop.platform.observability.awsnative.tracing;

import com.amazonaws.xray.AWSXRayRecorder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import o11yshop.platform.observability.LogFields;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records who sent the request as the segment's {@code user}, which X-Ray indexes: the filter
 * expression {@code user = "<id>"} finds every trace of one customer. It runs after Spring Security
 * has verified the token, reading the user ID that platform-security put into the logging context —
 * so the segment and the log lines name the same user, and this module needs no security classes.
 */
class SegmentUserFilter extends OncePerRequestFilter {

    private final AWSXRayRecorder recorder;

    SegmentUserFilter(AWSXRayRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = MDC.get(LogFields.USER_ID);
        if (userId != null) {
            recorder.getCurrentSegmentOptional().ifPresent(segment -> segment.setUser(userId));
        }
        chain.doFilter(request, response);
    }
}

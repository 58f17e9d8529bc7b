package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import o11yshop.platform.observability.LogFields;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records who sent the request as the server span's {@code enduser.id}: the attribute the ADOT
 * collector's X-Ray exporter turns into the segment's {@code user}, which X-Ray indexes (filter
 * expression {@code user = "<id>"}). It runs after Spring Security has verified the token, reading the
 * user ID that platform-security put into the logging context — as the X-Ray adapter's filter does.
 */
class SpanUserFilter extends OncePerRequestFilter {

    static final AttributeKey<String> END_USER_ID = AttributeKey.stringKey("enduser.id");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = MDC.get(LogFields.USER_ID);
        if (userId != null) {
            Span.current().setAttribute(END_USER_ID, userId);
        }
        chain.doFilter(request, response);
    }
}

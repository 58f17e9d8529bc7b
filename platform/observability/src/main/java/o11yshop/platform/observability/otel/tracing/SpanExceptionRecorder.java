package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.trace.Span;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Keeps the exception behind a failed request on the server span, as an {@code exception} event (type,
 * message, stack). Spring MVC turns exceptions into problem+json answers before they reach the servlet
 * filter, which then only sees a status code; this resolver runs first, records the exception and lets
 * the shop's own handlers answer as before. Whether the span's status is ERROR is still decided by the
 * status code (5xx), as the HTTP semantic conventions ask: a 404 is the client's mistake, not the server's.
 */
class SpanExceptionRecorder implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        Span.current().recordException(exception);
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

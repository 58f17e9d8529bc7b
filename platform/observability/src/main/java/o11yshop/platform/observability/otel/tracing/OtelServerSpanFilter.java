package o11yshop.platform.observability.otel.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.instrumentation.spring.webmvc.v6_0.SpringWebMvcTelemetry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import o11yshop.platform.observability.LogFields;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A SERVER span for every incoming request (O-TRACE-01). OpenTelemetry's Spring MVC instrumentation
 * does the OpenTelemetry work: it continues the caller's trace from whichever header the propagators
 * find ({@code traceparent} or {@code X-Amzn-Trace-Id}) or starts one, asks the sampler whether to
 * record it, names the span after the method and route ({@code GET /products/{productId}}), records the
 * {@code http.*}, {@code url.*} and {@code client.*} attributes and the status, marks 5xx as ERROR, and
 * measures {@code http.server.request.duration}. Inside it, this filter puts the trace and span IDs into
 * the logging context, so that every log line written for the request carries them (O-LOG-04).
 */
class OtelServerSpanFilter extends OncePerRequestFilter {

    private static final String INSTRUMENTATION_FILTER_NAME = "openTelemetrySpringWebMvc";

    private final Filter spans;

    OtelServerSpanFilter(OpenTelemetry openTelemetry) {
        this.spans = SpringWebMvcTelemetry.create(openTelemetry).createServletFilter();
    }

    /**
     * The instrumentation finds the route templates in Spring MVC's handler mappings through the servlet
     * context. It gets a name of its own: both filters run once per request, marked by their names, and
     * under this filter's name it would take itself for already done.
     */
    @Override
    protected void initFilterBean() throws ServletException {
        FilterConfig config = getFilterConfig();
        spans.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return INSTRUMENTATION_FILTER_NAME;
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return config.getInitParameter(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return config.getInitParameterNames();
            }
        });
    }

    @Override
    public void destroy() {
        spans.destroy();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        spans.doFilter(request, response, (spanRequest, spanResponse) -> {
            SpanContext span = Span.current().getSpanContext();
            LogFields.whileServing(XRayTraceIds.fromOtel(span.getTraceId()), span.isSampled() ? span.getSpanId() : null,
                    () -> chain.doFilter(spanRequest, spanResponse));
        });
    }
}

package o11yshop.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The audit log of admin actions (O-METRIC-10). Every change sent to an admin route — made, refused or
 * failed — becomes one line on the {@code o11yshop.audit} logger and one count of
 * {@code shop.admin.actions}. Refused attempts are written too: a customer's token probing admin routes
 * is exactly what an audit log is for. It runs after the token is checked and before access is
 * decided, so it sees every outcome; the line carries the logging context, {@code user_id} included.
 */
class AdminActionAudit extends OncePerRequestFilter {

    static final String LOGGER_NAME = "o11yshop.audit";
    static final String METRIC = "shop.admin.actions";

    private static final Logger audit = LoggerFactory.getLogger(LOGGER_NAME);
    private static final Set<String> CHANGING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private record AdminRoute(Route route, RequestMatcher matcher) {
    }

    private final List<AdminRoute> adminRoutes;
    private final MeterRegistry meters;

    AdminActionAudit(List<Route> adminRoutes, MeterRegistry meters) {
        this.adminRoutes = adminRoutes.stream()
                .map(route -> new AdminRoute(route, route.method() == null
                        ? PathPatternRequestMatcher.withDefaults().matcher(route.pattern())
                        : PathPatternRequestMatcher.withDefaults().matcher(route.method(), route.pattern())))
                .toList();
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AdminRoute> adminRoute = CHANGING_METHODS.contains(request.getMethod()) ? adminRouteOf(request)
                : Optional.empty();
        if (adminRoute.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        boolean thrown = true;
        try {
            chain.doFilter(request, response);
            thrown = false;
        } finally {
            int status = thrown ? HttpStatus.INTERNAL_SERVER_ERROR.value() : response.getStatus();
            record(request, adminRoute.get().route(), status, System.nanoTime() - started);
        }
    }

    private Optional<AdminRoute> adminRouteOf(HttpServletRequest request) {
        return adminRoutes.stream().filter(adminRoute -> adminRoute.matcher().matches(request)).findFirst();
    }

    private void record(HttpServletRequest request, Route route, int status, long elapsedNanos) {
        String action = request.getMethod() + " " + actionPattern(request, route);
        String outcome = outcomeOf(status);
        // counted first: whoever sees the line may rely on the count
        meters.counter(METRIC, "action", action, "outcome", outcome).increment();
        audit.atInfo()
                .addKeyValue("event", "admin_action")
                .addKeyValue("action", action)
                .addKeyValue("path", request.getRequestURI())
                .addKeyValue("outcome", outcome)
                .addKeyValue("status", status)
                .addKeyValue("duration_ms", TimeUnit.NANOSECONDS.toMillis(elapsedNanos))
                .log("Admin action {} {}", action, outcome);
    }

    /**
     * The controller's own mapping ({@code /stock/{productId}/receipts}) when the request got that far,
     * so that the action names the operation whatever product it touched; the configured admin route
     * when it was turned away before reaching one.
     */
    private static String actionPattern(HttpServletRequest request, Route route) {
        Object handlerPattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return handlerPattern instanceof String pattern ? pattern : route.pattern();
    }

    static String outcomeOf(int status) {
        if (status == 401 || status == 403) {
            return "denied";
        }
        if (status >= 500) {
            return "failed";
        }
        return status >= 400 ? "rejected" : "succeeded";
    }
}

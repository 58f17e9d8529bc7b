package o11yshop.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;

/**
 * Answers CORS preflights ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method})
 * as preflights, before authentication: a browser never sends a token with one, so asking for it (401)
 * told the truth about nothing. The shop's pages call the APIs from their own origin (through the edge),
 * so by default no other origin is allowed; {@code shop.security.cors-allowed-origins} names any that are.
 *
 * <p>A refused preflight is answered 403 {@code application/problem+json} without
 * {@code Access-Control-Allow-Origin}, as Spring's CORS support refuses one: under the Fetch standard the
 * browser then fails the request whichever non-OK status it is, and 403 also tells a person or a log what
 * happened. Requests that are not preflights pass untouched unless their origin is allowed, in which case
 * they get the CORS headers.
 */
final class CorsPreflights {

    static final String ORIGIN_REFUSED_TYPE = "urn:o11y-shop:problem:origin-not-allowed";

    private static final Logger log = LoggerFactory.getLogger(CorsPreflights.class);

    private CorsPreflights() {
    }

    static CorsFilter filter(List<String> allowedOrigins) {
        CorsFilter filter = new CorsFilter(source(List.copyOf(allowedOrigins)));
        filter.setCorsProcessor(new ProblemCorsProcessor());
        return filter;
    }

    private static CorsConfigurationSource source(List<String> allowedOrigins) {
        return request -> CorsUtils.isPreFlightRequest(request) || isFromAllowedOrigin(request, allowedOrigins)
                ? configuration(allowedOrigins)
                : null;
    }

    private static boolean isFromAllowedOrigin(HttpServletRequest request, List<String> allowedOrigins) {
        String origin = request.getHeader("Origin");
        return origin != null && allowedOrigins.contains(origin);
    }

    private static CorsConfiguration configuration(List<String> allowedOrigins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(allowedOrigins);
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"));
        configuration.setExposedHeaders(List.of("X-Request-Id", "Location", "Retry-After", "Idempotent-Replayed"));
        configuration.setMaxAge(600L);
        return configuration;
    }

    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            log.info("Refused a cross-origin request from an origin that is not allowed");
            response.setStatusCode(HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getBody().write(SecurityProblemResponses.problemJson(HttpStatus.FORBIDDEN, ORIGIN_REFUSED_TYPE,
                    "Origin not allowed", "This API does not answer pages of the requesting origin.")
                    .getBytes(StandardCharsets.UTF_8));
            response.flush();
        }
    }
}

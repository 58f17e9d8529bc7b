package o11yshop.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import o11yshop.platform.web.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a missing or rejected token (401) and a signed-in user without the right role (403) with
 * {@code application/problem+json} like every other error of the shop, with the {@code WWW-Authenticate}
 * challenge of RFC 6750.
 */
class SecurityProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String UNAUTHENTICATED_TYPE = "urn:o11y-shop:problem:unauthenticated";
    static final String FORBIDDEN_TYPE = "urn:o11y-shop:problem:forbidden";

    private static final Logger log = LoggerFactory.getLogger(SecurityProblemResponses.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BearerTokenAccessDeniedHandler insufficientRole = new BearerTokenAccessDeniedHandler();

    /**
     * The RFC 6750 challenge and the problem say what the caller can act on — no token, an expired one, an
     * invalid one — and nothing more: not the JWT library's reason (which tells a forger which check caught
     * them), and no {@code resource_metadata} URL, which a service can only build from the address it was
     * reached at, the edge's view of it rather than the shop's. The library's reason goes to the log line,
     * which carries the request ID of the answer.
     */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String detail;
        if (failure instanceof OAuth2AuthenticationException) {
            // a forged, expired or foreign token is worth a line: it is how an attack shows up in the logs
            log.info("Rejected a bearer token for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
            String description = hasExpired(failure) ? "The access token has expired" : "The access token is not valid";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\", error_description=\"" + description + "\"");
            detail = description + ": sign in again to get a new one.";
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            detail = "This endpoint needs a signed-in user: send 'Authorization: Bearer <access token>'.";
        }
        write(response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED_TYPE, "Authentication required", detail);
    }

    private static boolean hasExpired(AuthenticationException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid && invalid.getErrors().stream()
                    .anyMatch(error -> error.getDescription() != null && error.getDescription().startsWith("Jwt expired"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        insufficientRole.handle(request, response, denied);
        log.info("Denied {} {}: the user lacks the role the route needs", request.getMethod(), request.getRequestURI());
        write(response, HttpStatus.FORBIDDEN, FORBIDDEN_TYPE, "Forbidden",
                "Your account is not allowed to do this.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(problemJson(status, type, title, detail).getBytes(StandardCharsets.UTF_8));
    }

    static String problemJson(HttpStatus status, String type, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return JSON.writeValueAsString(problem);
    }
}

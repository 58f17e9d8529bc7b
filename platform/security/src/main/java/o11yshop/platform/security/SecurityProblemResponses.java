package o11yshop.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import o11yshop.platform.web.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a missing or rejected token (401) and a signed-in user without the right role (403) with
 * {@code application/problem+json} like every other error of the shop. Spring Security's bearer-token
 * handlers still set the status and the {@code WWW-Authenticate} challenge of RFC 6750, which tells a
 * client why its token was refused; this class only adds the body.
 */
class SecurityProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String UNAUTHENTICATED_TYPE = "urn:o11y-shop:problem:unauthenticated";
    static final String FORBIDDEN_TYPE = "urn:o11y-shop:problem:forbidden";

    private static final Logger log = LoggerFactory.getLogger(SecurityProblemResponses.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler insufficientRole = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure);
        String detail;
        if (failure instanceof OAuth2AuthenticationException rejected) {
            // a forged, expired or foreign token is worth a line: it is how an attack shows up in the logs
            log.info("Rejected a bearer token for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
            detail = "The bearer token was rejected: " + rejected.getMessage();
        } else {
            detail = "This endpoint needs a signed-in user: send 'Authorization: Bearer <access token>'.";
        }
        write(response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED_TYPE, "Authentication required", detail);
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
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}

package o11yshop.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a forwarded {@link ShopperToken#HEADER} with the same decoder as the bearer token: a token that
 * is sent is checked, so a bad one is 401 rather than ignored. A good one names the shopper for
 * {@link CallingService#shopperId()} and in every log line of the request ({@code user_id}).
 */
class ShopperTokenFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = ShopperTokenFilter.class.getName() + ".shopper";

    private static final Logger log = LoggerFactory.getLogger(ShopperTokenFilter.class);

    private final JwtDecoder decoder;
    private final SecurityProblemResponses problems;

    ShopperTokenFilter(JwtDecoder decoder, SecurityProblemResponses problems) {
        this.decoder = decoder;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(ShopperToken.HEADER);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Jwt shopper;
        try {
            shopper = decoder.decode(token.trim());
        } catch (JwtException e) {
            log.info("Rejected the shopper's token in {} for {} {}: {}", ShopperToken.HEADER, request.getMethod(),
                    request.getRequestURI(), e.getMessage());
            problems.commence(request, response, new InvalidBearerTokenException(
                    "The shopper's token in " + ShopperToken.HEADER + " was rejected", e));
            return;
        }
        if (ShopAuthorities.isServiceToken(shopper)) {
            log.info("Rejected a service token in {} for {} {}", ShopperToken.HEADER, request.getMethod(), request.getRequestURI());
            problems.commence(request, response, new InvalidBearerTokenException(
                    ShopperToken.HEADER + " must carry a shopper's token, not a service's"));
            return;
        }
        request.setAttribute(ATTRIBUTE, shopper);
        MDC.put(UserIdLoggingFilter.MDC_KEY, shopper.getSubject());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(UserIdLoggingFilter.MDC_KEY);
        }
    }
}

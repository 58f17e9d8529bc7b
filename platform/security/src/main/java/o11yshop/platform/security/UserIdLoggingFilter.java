package o11yshop.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user's ID into the logging context (O-LOG-04), so that every log line written
 * while serving the request — including an access-denied one — says whose request it was. It runs
 * right after the token is checked; anonymous requests get no {@code user_id}. A service's token names
 * no user: its client ID goes under {@code client_id}, and the shopper it acts for, if any, under
 * {@code user_id} ({@link ShopperTokenFilter}).
 */
class UserIdLoggingFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "user_id";
    static final String CLIENT_MDC_KEY = "client_id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        String key = ShopAuthorities.isServiceToken(token.getToken()) ? CLIENT_MDC_KEY : MDC_KEY;
        MDC.put(key, token.getName());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(key);
        }
    }
}

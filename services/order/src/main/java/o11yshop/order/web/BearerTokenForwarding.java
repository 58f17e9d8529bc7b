package o11yshop.order.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Sends the shopper's own access token along on a call made while serving their request, so that the
 * called service (inventory) acts for the shopper and checks the token itself, instead of trusting the
 * order service with a key to act for anyone.
 */
public final class BearerTokenForwarding {

    private BearerTokenForwarding() {
    }

    public static ClientHttpRequestInterceptor interceptor() {
        return (request, body, execution) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication instanceof JwtAuthenticationToken token) {
                request.getHeaders().setBearerAuth(token.getToken().getTokenValue());
            } else {
                request.getHeaders().remove(HttpHeaders.AUTHORIZATION);
            }
            return execution.execute(request, body);
        };
    }
}

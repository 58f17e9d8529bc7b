package o11yshop.platform.security;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The shopper's own access token, sent along when a service calls another on their behalf. The call
 * itself is authorized by the calling service's token in {@code Authorization}; this header only says
 * for whom, so that the called service can record the user in its audit trail and log lines. The
 * called service checks it like any token ({@link ShopperTokenFilter}): it cannot be made up.
 */
public final class ShopperToken {

    public static final String HEADER = "X-Shop-User-Token";

    private ShopperToken() {
    }

    /**
     * Copies the token of the user whose request is being served into {@link #HEADER}; a call made with no
     * signed-in user (a scheduled job) carries none.
     */
    public static ClientHttpRequestInterceptor forwarding() {
        return (request, body, execution) -> {
            request.getHeaders().remove(HEADER);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication instanceof JwtAuthenticationToken user && !ShopAuthorities.isServiceToken(user.getToken())) {
                request.getHeaders().set(HEADER, user.getToken().getTokenValue());
            }
            return execution.execute(request, body);
        };
    }
}

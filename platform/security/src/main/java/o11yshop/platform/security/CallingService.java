package o11yshop.platform.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The service that sent the request being served, for routes other services call with their
 * client-credentials token: who called ({@code client_id}), and for which shopper when it forwarded
 * their token ({@link ShopperToken}).
 */
public class CallingService {

    /** The calling service's client ID; empty when a user (or nobody) sent the request. */
    public Optional<String> clientId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token && ShopAuthorities.isServiceToken(token.getToken())
                ? Optional.of(token.getName())
                : Optional.empty();
    }

    /** The shopper the call is made for, from the checked {@link ShopperToken#HEADER}; empty when none was sent. */
    public Optional<UUID> shopperId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object shopper = request == null ? null
                : request.getAttribute(ShopperTokenFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return shopper instanceof Jwt token ? Optional.of(UUID.fromString(token.getSubject())) : Optional.empty();
    }
}

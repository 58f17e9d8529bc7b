package o11yshop.platform.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The user who sent the request being served, for business code: whose cart, whose orders, whose
 * addresses. Read from the access token the request was authorized with.
 */
public class CurrentUser {

    static final String ADMIN_ROLE = "ROLE_" + ShopClaims.ADMIN_GROUP;

    public boolean isSignedIn() {
        return token().isPresent();
    }

    /** The user's ID: the token's {@code sub}, which is the same UUID locally and in Cognito. */
    public UUID id() {
        return UUID.fromString(required().getName());
    }

    /** The e-mail address when the token carries one (the local issuer's always do). */
    public Optional<String> email() {
        return Optional.ofNullable(required().getToken().getClaimAsString(ShopClaims.EMAIL));
    }

    /** Whether the user is in the {@code admin} group; an anonymous caller is not. */
    public boolean isAdmin() {
        return token().stream()
                .flatMap(token -> token.getAuthorities().stream())
                .anyMatch(authority -> ADMIN_ROLE.equals(authority.getAuthority()));
    }

    private static Optional<JwtAuthenticationToken> token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // a service's token names a client, not a user: business code acting for a user never sees it as one
        return authentication instanceof JwtAuthenticationToken token && !ShopAuthorities.isServiceToken(token.getToken())
                ? Optional.of(token)
                : Optional.empty();
    }

    private static JwtAuthenticationToken required() {
        return token().orElseThrow(() -> new IllegalStateException(
                "No signed-in user: this code runs on a public route, where the caller may be anonymous"));
    }
}

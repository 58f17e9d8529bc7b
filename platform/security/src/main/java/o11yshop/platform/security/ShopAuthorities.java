package o11yshop.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * What an access token may do, as Spring Security authorities. A user's token gives a role per group
 * ({@code cognito:groups: ["admin"]} becomes {@code ROLE_admin}) and {@link #SIGNED_IN_USER}; a service's
 * client-credentials token gives one authority per scope ({@code SCOPE_inventory/reservations}) and
 * nothing else, so that a service is never taken for a shopper and a shopper never holds a scope.
 */
public final class ShopAuthorities {

    /** Every user token has it; the routes of signed-in users require it, so a service token does not open them. */
    public static final String SIGNED_IN_USER = "SHOP_SIGNED_IN_USER";
    public static final String SCOPE_PREFIX = "SCOPE_";
    static final String ROLE_PREFIX = "ROLE_";

    private ShopAuthorities() {
    }

    /**
     * A client-credentials token, as Cognito issues one to an app client: its subject is the client ID
     * itself and it names no user groups. A user's token names the app client too, but its subject is the user.
     */
    public static boolean isServiceToken(Jwt jwt) {
        String subject = jwt.getSubject();
        return subject != null && subject.equals(jwt.getClaimAsString(ShopClaims.CLIENT_ID))
                && !jwt.hasClaim(ShopClaims.GROUPS);
    }

    public static String scopeAuthority(String scope) {
        return SCOPE_PREFIX + scope;
    }

    static JwtAuthenticationConverter converter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(ShopAuthorities::of);
        return converter;
    }

    static Collection<GrantedAuthority> of(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (isServiceToken(jwt)) {
            String scopes = jwt.getClaimAsString(ShopClaims.SCOPE);
            if (scopes != null) {
                for (String scope : scopes.trim().split("\\s+")) {
                    if (!scope.isEmpty()) {
                        authorities.add(new SimpleGrantedAuthority(scopeAuthority(scope)));
                    }
                }
            }
            return authorities;
        }
        authorities.add(new SimpleGrantedAuthority(SIGNED_IN_USER));
        List<String> groups = jwt.hasClaim(ShopClaims.GROUPS) ? jwt.getClaimAsStringList(ShopClaims.GROUPS) : List.of();
        for (String group : groups) {
            authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + group));
        }
        return authorities;
    }
}

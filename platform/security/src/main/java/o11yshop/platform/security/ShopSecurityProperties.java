package o11yshop.platform.security;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks the tokens it is sent, and which of its routes need none or need an admin.
 *
 * @param issuer the {@code iss} every accepted token must carry: the identity service's
 *        {@code shop.identity.issuer} locally, {@code https://cognito-idp.<region>.amazonaws.com/<pool id>} in AWS
 * @param jwksUri where the issuer publishes its signing keys; by default {@code <issuer>/.well-known/jwks.json},
 *        which is where both the identity service and Cognito publish them
 * @param publicPaths routes anyone may call without a token, e.g. {@code GET /products/**}, on top of
 *        health, info and the API docs
 * @param adminPaths routes only the {@code admin} group may call; every other route needs a signed-in user
 * @param scopedPaths routes for other services only, each with the scope its caller's client-credentials
 *        token must carry (the contract's {@code x-required-scope}); users, admins included, get 403 there
 */
@ConfigurationProperties("shop.security")
public record ShopSecurityProperties(
        String issuer,
        URI jwksUri,
        @DefaultValue List<String> publicPaths,
        @DefaultValue List<String> adminPaths,
        @DefaultValue List<ScopedPath> scopedPaths) {

    /** {@code route: POST /reservations}, {@code scope: inventory/reservations}. */
    public record ScopedPath(String route, String scope) {

        public ScopedPath {
            if (scope == null || scope.isBlank() || scope.contains(" ")) {
                throw new IllegalStateException("shop.security.scoped-paths: the route '" + route
                        + "' needs one scope, e.g. inventory/reservations; got: '" + scope + "'");
            }
        }
    }

    public ShopSecurityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("shop.security.issuer is not set: the URL of the token issuer, "
                    + "e.g. http://localhost:8080/api/identity (SHOP_SECURITY_ISSUER)");
        }
    }

    public URI effectiveJwksUri() {
        return jwksUri != null ? jwksUri : URI.create(issuer.replaceAll("/+$", "") + "/.well-known/jwks.json");
    }

    public List<Route> publicRoutes() {
        return publicPaths.stream().map(Route::parse).toList();
    }

    public List<Route> adminRoutes() {
        return adminPaths.stream().map(Route::parse).toList();
    }

    /** Each scoped route with the authority its caller needs. */
    public List<Map.Entry<Route, String>> scopedRoutes() {
        return scopedPaths.stream()
                .map(path -> Map.entry(Route.parse(path.route()), ShopAuthorities.scopeAuthority(path.scope())))
                .toList();
    }
}

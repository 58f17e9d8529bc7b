package o11yshop.inventory;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.UUID;
import o11yshop.platform.security.testing.JwksServer;
import o11yshop.platform.security.testing.TokenMint;

/**
 * The shop's token issuer as inventory's tests see it: platform-security's {@link JwksServer} publishes
 * its key at {@code <issuer>/.well-known/jwks.json}, where the identity service and Cognito publish
 * theirs, and its {@link TokenMint} signs access tokens the way the issuer does. The service under test
 * fetches the key and checks the tokens exactly as in the running shop.
 */
public final class TestIssuer {

    private static final RSAKey SIGNING_KEY = TokenMint.newKey();
    private static final JwksServer JWKS = JwksServer.publishing(new JWKSet(SIGNING_KEY), "/api/identity");

    /** Signs for the issuer; also makes the forgeries a service must refuse. */
    public static final TokenMint MINT = new TokenMint(JWKS.issuer(), SIGNING_KEY);

    private TestIssuer() {
    }

    public static String issuer() {
        return JWKS.issuer();
    }

    /** The order service, the one client with the scope of inventory's reservations. */
    public static final String ORDER_SERVICE = "order";
    public static final String RESERVATIONS_SCOPE = "inventory/reservations";

    /** A client-credentials token of the order service, with the claims identity and Cognito give one. */
    public static String serviceToken() {
        return MINT.serviceToken(ORDER_SERVICE, RESERVATIONS_SCOPE);
    }

    /** A client-credentials token of another service that also has the scope: it owns other reservations. */
    public static String serviceToken(String clientId) {
        return MINT.serviceToken(clientId, RESERVATIONS_SCOPE);
    }

    public static String accessToken(TestUser user) {
        return MINT.accessToken(user.id(), user.email(), user.groups().toArray(String[]::new));
    }

    /** A user of the shop as their token describes them. */
    public record TestUser(UUID id, String email, List<String> groups) {

        public static final TestUser CUSTOMER = new TestUser(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
                "hanako@example.com", List.of("customer"));
        public static final TestUser OTHER_CUSTOMER = new TestUser(UUID.fromString("5b3a1f0e-2c44-4a0e-9d0b-8a6e2f7c1d93"),
                "taro@example.com", List.of("customer"));
        public static final TestUser ADMIN = new TestUser(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
                "admin@example.com", List.of("admin", "customer"));

        /** The claims of a good access token for this user, to change one point of for a forgery. */
        public JWTClaimsSet.Builder claims() {
            return MINT.claims(id, email, groups.toArray(String[]::new));
        }
    }
}

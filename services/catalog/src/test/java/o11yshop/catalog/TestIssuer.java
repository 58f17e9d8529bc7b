package o11yshop.catalog;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.UUID;
import o11yshop.platform.security.testing.JwksServer;
import o11yshop.platform.security.testing.TokenMint;

/**
 * The shop's token issuer as the catalog's tests see it: its key is published at
 * {@code <issuer>/.well-known/jwks.json} as the identity service and Cognito publish theirs, and the
 * catalog under test fetches it and checks tokens exactly as in the running shop.
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

    /** A user of the shop as their token describes them. */
    public enum TestUser {
        CUSTOMER("0f8fad5b-d9cb-469f-a165-70867728950e", "hanako@example.com", "customer"),
        ADMIN("7c9e6679-7425-40de-944b-e07fc1f90ae7", "admin@example.com", "admin", "customer");

        private final UUID id;
        private final String email;
        private final List<String> groups;

        TestUser(String id, String email, String... groups) {
            this.id = UUID.fromString(id);
            this.email = email;
            this.groups = List.of(groups);
        }

        public String token() {
            return MINT.sign(claims().build());
        }

        /** The claims of a good access token for this user, to change one point of for a forgery. */
        public JWTClaimsSet.Builder claims() {
            return MINT.claims(id, email, groups.toArray(String[]::new));
        }
    }
}

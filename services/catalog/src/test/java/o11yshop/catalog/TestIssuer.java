package o11yshop.catalog;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.UUID;
import o11yshop.platform.security.testing.TokenMint;

/**
 * The shop's token issuer as the catalog's tests see it: platform-testing's
 * {@link o11yshop.platform.testing.authz.TestIssuer}, the one issuer of the test JVM, whose key the catalog
 * under test fetches from {@code <issuer>/.well-known/jwks.json} exactly as in the running shop.
 */
public final class TestIssuer {

    /** Signs for the issuer; also makes the forgeries a service must refuse. */
    public static final TokenMint MINT = o11yshop.platform.testing.authz.TestIssuer.MINT;

    private TestIssuer() {
    }

    public static String issuer() {
        return o11yshop.platform.testing.authz.TestIssuer.issuer();
    }

    /** A user of the shop as their token describes them. */
    public enum TestUser {
        CUSTOMER(o11yshop.platform.testing.authz.TestIssuer.CUSTOMER_ID, "hanako@example.com", "customer"),
        ADMIN(o11yshop.platform.testing.authz.TestIssuer.ADMIN_ID, "admin@example.com", "admin", "customer");

        private final UUID id;
        private final String email;
        private final List<String> groups;

        TestUser(UUID id, String email, String... groups) {
            this.id = id;
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

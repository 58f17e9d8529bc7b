package o11yshop.inventory;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.UUID;
import o11yshop.platform.security.testing.TokenMint;

/**
 * The shop's token issuer as inventory's tests see it: platform-testing's
 * {@link o11yshop.platform.testing.authz.TestIssuer}, the one issuer of the test JVM, so that these tests
 * and the generated suites share one service that trusts it.
 */
public final class TestIssuer {

    /** Signs for the issuer; also makes the forgeries a service must refuse. */
    public static final TokenMint MINT = o11yshop.platform.testing.authz.TestIssuer.MINT;

    private TestIssuer() {
    }

    public static String issuer() {
        return o11yshop.platform.testing.authz.TestIssuer.issuer();
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

        public static final TestUser CUSTOMER = new TestUser(o11yshop.platform.testing.authz.TestIssuer.CUSTOMER_ID,
                "hanako@example.com", List.of("customer"));
        public static final TestUser OTHER_CUSTOMER = new TestUser(o11yshop.platform.testing.authz.TestIssuer.OTHER_CUSTOMER_ID,
                "taro@example.com", List.of("customer"));
        public static final TestUser ADMIN = new TestUser(o11yshop.platform.testing.authz.TestIssuer.ADMIN_ID,
                "admin@example.com", List.of("admin", "customer"));

        /** The claims of a good access token for this user, to change one point of for a forgery. */
        public JWTClaimsSet.Builder claims() {
            return MINT.claims(id, email, groups.toArray(String[]::new));
        }
    }
}

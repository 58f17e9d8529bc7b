package o11yshop.platform.testing.authz;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.UUID;

/** A user of the shop as their access token of the {@link TestIssuer} describes them. */
public record TestUser(UUID id, String email, List<String> groups) {

    public static final TestUser CUSTOMER = new TestUser(TestIssuer.CUSTOMER_ID, "hanako@example.com", List.of("customer"));
    public static final TestUser OTHER_CUSTOMER = new TestUser(TestIssuer.OTHER_CUSTOMER_ID, "taro@example.com",
            List.of("customer"));
    public static final TestUser ADMIN = new TestUser(TestIssuer.ADMIN_ID, "admin@example.com", List.of("admin", "customer"));

    /** A good access token for this user. */
    public String token() {
        return TestIssuer.MINT.sign(claims().build());
    }

    /** The claims of a good access token for this user, to change one point of for a forgery. */
    public JWTClaimsSet.Builder claims() {
        return TestIssuer.MINT.claims(id, email, groups.toArray(String[]::new));
    }
}

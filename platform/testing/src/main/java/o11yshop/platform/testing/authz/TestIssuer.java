package o11yshop.platform.testing.authz;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.UUID;
import o11yshop.platform.security.testing.JwksServer;
import o11yshop.platform.security.testing.TokenMint;

/**
 * The shop's token issuer as the tests of catalog, inventory and order see it, one per JVM: its key is
 * published at {@code <issuer>/.well-known/jwks.json} where identity and Cognito publish theirs, and a
 * service under test that is told {@code shop.security.issuer=}{@link #issuer()} fetches it and checks
 * tokens exactly as in the running shop. identity signs with its own key: its tests mint with that.
 */
public final class TestIssuer {

    public static final UUID CUSTOMER_ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    public static final UUID OTHER_CUSTOMER_ID = UUID.fromString("5b3a1f0e-2c44-4a0e-9d0b-8a6e2f7c1d93");
    public static final UUID ADMIN_ID = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    private static final RSAKey SIGNING_KEY = TokenMint.newKey();
    private static final JwksServer JWKS = JwksServer.publishing(new JWKSet(SIGNING_KEY), "/api/identity");

    /** Signs for the issuer; also makes the forgeries a service must refuse. */
    public static final TokenMint MINT = new TokenMint(JWKS.issuer(), SIGNING_KEY);

    private static final Callers CALLERS = Callers.mintedBy(MINT, CUSTOMER_ID, OTHER_CUSTOMER_ID, ADMIN_ID);

    private TestIssuer() {
    }

    public static String issuer() {
        return JWKS.issuer();
    }

    public static JwksServer jwks() {
        return JWKS;
    }

    public static Callers callers() {
        return CALLERS;
    }

    /** A client-credentials token of the order service, the one client with the scope of inventory's reservations. */
    public static String serviceToken() {
        return serviceToken(Callers.SERVICE_CLIENT);
    }

    /** A client-credentials token of another service that also has the scope: it owns other reservations. */
    public static String serviceToken(String clientId) {
        return MINT.serviceToken(clientId, Callers.SERVICE_SCOPE);
    }
}

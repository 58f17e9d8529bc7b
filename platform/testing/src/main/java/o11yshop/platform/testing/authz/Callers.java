package o11yshop.platform.testing.authz;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import o11yshop.platform.security.testing.TokenMint;

/**
 * The callers every generated test knows, with real RS256 tokens of one issuer: nobody, a customer, another
 * customer who owns nothing of the first one's, an admin, a service (a client-credentials token as
 * conventions.md describes it: {@code sub} = {@code client_id}, a {@code scope}, no groups), and forgeries
 * that must open nothing.
 */
public record Callers(Caller anonymous, Caller customer, Caller otherCustomer, Caller admin, Caller service,
        List<Caller> forgeries, UUID customerId, UUID otherCustomerId, UUID adminId) {

    /** The client the service tokens are issued to, and the scope they carry. */
    public static final String SERVICE_CLIENT = "order";
    public static final String SERVICE_SCOPE = "inventory/reservations";

    public static Callers mintedBy(TokenMint mint, UUID customerId, UUID otherCustomerId, UUID adminId) {
        String customerEmail = "customer-" + customerId + "@example.com";
        return new Callers(
                new Caller("anonymous", Caller.Kind.ANONYMOUS, () -> null),
                new Caller("customer", Caller.Kind.CUSTOMER, () -> mint.accessToken(customerId, customerEmail, "customer")),
                new Caller("other customer", Caller.Kind.OTHER_CUSTOMER,
                        () -> mint.accessToken(otherCustomerId, "other-" + otherCustomerId + "@example.com", "customer")),
                new Caller("admin", Caller.Kind.ADMIN,
                        () -> mint.accessToken(adminId, "admin-" + adminId + "@example.com", "admin", "customer")),
                new Caller("service " + SERVICE_CLIENT, Caller.Kind.SERVICE, () -> mint.sign(serviceClaims(mint).build())),
                forgeries(mint, customerId, customerEmail),
                customerId, otherCustomerId, adminId);
    }

    /** The five callers the contract's rules speak of, in the order the matrix lists them. */
    public List<Caller> identities() {
        return List.of(anonymous, customer, otherCustomer, admin, service);
    }

    /** A service token's claims, Cognito style (conventions.md). */
    public static JWTClaimsSet.Builder serviceClaims(TokenMint mint) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(mint.issuer())
                .subject(SERVICE_CLIENT)
                .claim("client_id", SERVICE_CLIENT)
                .claim("token_use", "access")
                .claim("scope", SERVICE_SCOPE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString());
    }

    /** An admin's token changed in one point each, and a service token claiming the admin group it lacks. */
    private static List<Caller> forgeries(TokenMint mint, UUID customerId, String email) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        JWTClaimsSet admin = mint.claims(customerId, email, "admin", "customer").build();
        // made once: a 2048-bit key per request would cost more than the request
        RSAKey stranger = TokenMint.newKey();
        return List.of(
                forged("alg none", () -> TokenMint.unsigned(admin)),
                forged("signed by another key", () -> TokenMint.signWith(stranger, admin)),
                forged("HS256 with the public key as secret", () -> mint.hs256WithThePublicKey(admin)),
                forged("expired", () -> mint.sign(mint.claims(customerId, email, "admin")
                        .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofHours(1)))).build())),
                forged("another issuer", () -> mint.sign(mint.claims(customerId, email, "admin")
                        .issuer("https://evil.example.com").build())),
                forged("an ID token", () -> mint.sign(mint.claims(customerId, email, "admin").claim("token_use", "id").build())),
                forged("garbage", () -> "not-a-token"));
    }

    private static Caller forged(String name, java.util.function.Supplier<String> token) {
        return new Caller("forged: " + name, Caller.Kind.FORGED, token);
    }
}

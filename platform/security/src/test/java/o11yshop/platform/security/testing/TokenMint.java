package o11yshop.platform.security.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Makes access tokens the way the shop's issuer does (RS256, Cognito-shaped claims), and the
 * forgeries every service must refuse. Tests of any service use it with a key of their own, or with
 * the identity service's real key to forge tokens that differ from a good one in one point only.
 */
public final class TokenMint {

    private final String issuer;
    private final RSAKey signingKey;

    public TokenMint(String issuer, RSAKey signingKey) {
        this.issuer = issuer;
        this.signingKey = signingKey;
    }

    /** A fresh 2048-bit RSA key with a key ID, as an issuer would hold it. */
    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** What the issuer publishes: the public half of its key. */
    public JWKSet publicKeys() {
        return new JWKSet(signingKey.toPublicJWK());
    }

    /** The claims of a good access token for the user, valid for an hour from now. */
    public JWTClaimsSet.Builder claims(UUID userId, String email, String... groups) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(userId.toString())
                .claim("email", email)
                .claim("cognito:groups", List.of(groups))
                .claim("token_use", "access")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString());
    }

    /**
     * The claims of a service's client-credentials token, as Cognito issues them to an app client: {@code sub}
     * and {@code client_id} are the client's ID, {@code scope} is space-separated, and there are no groups.
     */
    public JWTClaimsSet.Builder serviceClaims(String clientId, String... scopes) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", String.join(" ", scopes))
                .claim("token_use", "access")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString());
    }

    public String serviceToken(String clientId, String... scopes) {
        return sign(serviceClaims(clientId, scopes).build());
    }

    public String accessToken(UUID userId, String email, String... groups) {
        return sign(claims(userId, email, groups).build());
    }

    public String sign(JWTClaimsSet claims) {
        return signWith(signingKey, claims);
    }

    /** Signed the right way but with someone else's key; {@code key}'s ID may even equal the issuer's. */
    public static String signWith(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}: no signature at all. */
    public static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /**
     * The algorithm-confusion attack: HS256 with the issuer's public key (which anyone can fetch) as the
     * HMAC secret. A verifier that lets the token choose the algorithm would accept it.
     */
    public String hs256WithThePublicKey(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new MACSigner(signingKey.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

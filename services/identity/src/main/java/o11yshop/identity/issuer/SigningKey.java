package o11yshop.identity.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import o11yshop.identity.IdentityProperties;
import o11yshop.identity.WhenLocalProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The RSA key pair that signs the access tokens. Configured ({@code SHOP_IDENTITY_SIGNING_KEY}, a PKCS#8
 * PEM private key, e.g. from {@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048}) it is
 * the same on every instance and across restarts; without one a key is generated at start, which suits
 * one local instance — tokens from before a restart are then no longer accepted.
 * Its key ID is the RFC 7638 thumbprint of the public key, so the same key always has the same ID.
 */
@Component
@WhenLocalProvider
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final int MIN_KEY_BITS = 2048;

    private final RSAKey key;

    SigningKey(IdentityProperties properties) {
        KeyPair pair = properties.signingKey() == null || properties.signingKey().isBlank()
                ? generated()
                : fromPem(properties.signingKey());
        this.key = jwk(pair);
    }

    /** The private key, for signing. */
    public RSAKey privateJwk() {
        return key;
    }

    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the JWKS endpoint publishes: the public half only. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    private static KeyPair generated() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MIN_KEY_BITS);
            log.info("No signing key configured (SHOP_IDENTITY_SIGNING_KEY): generated one for this run; "
                    + "tokens signed before a restart will not be accepted after it");
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    static KeyPair fromPem(String pem) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("SHOP_IDENTITY_SIGNING_KEY is a PKCS#1 key ('BEGIN RSA PRIVATE KEY'); "
                    + "convert it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
        }
        if (!pem.contains("BEGIN PRIVATE KEY")) {
            throw new IllegalStateException("SHOP_IDENTITY_SIGNING_KEY must be a PEM private key "
                    + "('-----BEGIN PRIVATE KEY-----'), e.g. from: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (privateKey.getModulus().bitLength() < MIN_KEY_BITS) {
                throw new IllegalStateException("SHOP_IDENTITY_SIGNING_KEY has " + privateKey.getModulus().bitLength()
                        + " bits; RS256 keys need at least " + MIN_KEY_BITS);
            }
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("SHOP_IDENTITY_SIGNING_KEY is not a readable RSA private key", e);
        }
    }

    private static RSAKey jwk(KeyPair pair) {
        try {
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

package o11yshop.catalog.image;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Signs the embedded store's upload URLs the way S3 signs its pre-signed ones: an HMAC-SHA256 over
 * everything the URL allows (method, key, content type, length, expiry), so that changing any of them
 * voids the URL. Only the catalog holds the key.
 */
final class UploadSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private UploadSignature(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** With the configured secret, or with 32 random bytes when none is configured. */
    static UploadSignature withKey(@Nullable String secret) {
        if (secret != null && !secret.isBlank()) {
            return new UploadSignature(secret.getBytes(StandardCharsets.UTF_8));
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new UploadSignature(random);
    }

    String sign(UploadKey objectKey, String contentType, long length, long expiresEpochSecond) {
        String canonical = String.join("\n", "PUT", objectKey.value(), contentType, Long.toString(length),
                Long.toString(expiresEpochSecond));
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Compared in constant time, so that the answer's timing does not reveal how much of a guess was right. */
    boolean matches(String signature, UploadKey objectKey, String contentType, long length, long expiresEpochSecond) {
        byte[] expected = sign(objectKey, contentType, length, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}

package o11yshop.catalog.image;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Where product images are kept: S3 in AWS, a folder when the catalog runs embedded
 * ({@code shop.images.store}). The browser uploads straight into the store through a pre-signed URL;
 * the catalog itself only looks at what arrived, and removes what it refuses.
 */
public interface ImageStore {

    /**
     * A URL that lets whoever holds it, without other credentials, {@code PUT} one object of this type
     * and length under {@code key} until the URL expires.
     */
    PresignedUpload presignUpload(UploadKey key, long contentLength, Duration lifetime);

    /** The object's size in bytes; empty when there is no such object. */
    OptionalLong sizeOf(UploadKey key);

    /** The object's first {@code count} bytes, or all of them when it is shorter. */
    byte[] firstBytes(UploadKey key, int count);

    /** Removes the object; nothing happens when there is none. */
    void delete(UploadKey key);

    /**
     * For readiness, cheaply: returns when the store can be used, throws {@link Missing} when it is not
     * there (no such bucket, no folder), anything else when it cannot be reached.
     */
    void checkReachable();

    /** The store itself is not there; the message says what is missing, for the log. */
    final class Missing extends RuntimeException {

        public Missing(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

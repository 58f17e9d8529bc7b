package o11yshop.catalog.image;

import java.time.Instant;
import java.util.Map;

/**
 * How to upload one object: {@code PUT} the bytes to {@code url} with exactly these headers before
 * {@code expiresAt}.
 */
public record PresignedUpload(String url, Map<String, String> headers, Instant expiresAt) {
}

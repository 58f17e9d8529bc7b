package o11yshop.catalog.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells an image's format from its first bytes, which is what a browser goes by too; a file's name and
 * its declared content type are only claims. Anything else (HTML, SVG with scripts, an executable named
 * {@code .png}) is no image of the shop.
 */
public final class MagicBytes {

    /** How many leading bytes {@link #typeOf} needs to decide: WebP's signature ends at byte 12. */
    public static final int LENGTH = 12;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private MagicBytes() {
    }

    /** @param head the object's first bytes, fewer when the object is shorter */
    public static Optional<ImageType> typeOf(byte[] head) {
        if (startsWith(head, 0, JPEG)) {
            return Optional.of(ImageType.JPEG);
        }
        if (startsWith(head, 0, PNG)) {
            return Optional.of(ImageType.PNG);
        }
        // "RIFF", four bytes of length, "WEBP"
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
            return Optional.of(ImageType.WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int offset, byte[] signature) {
        return head.length >= offset + signature.length
                && Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
    }
}

package o11yshop.catalog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Tiny real images, and bytes that only pretend to be one. */
public final class TestImages {

    /** A 1×1 lossless WebP; the JDK cannot write WebP, so this is the well-known smallest one. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {
    }

    public static byte[] png() {
        return encoded("png");
    }

    public static byte[] jpeg() {
        return encoded("jpg");
    }

    public static byte[] webp() {
        return WEBP.clone();
    }

    /** The image's first bytes, padded with zeros to {@code size}: enough to pass as an image by its signature. */
    public static byte[] padded(byte[] image, int size) {
        return Arrays.copyOf(image, size);
    }

    private static byte[] encoded(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xE0457B);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

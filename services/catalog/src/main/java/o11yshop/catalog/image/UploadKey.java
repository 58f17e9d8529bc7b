package o11yshop.catalog.image;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object-store key of an uploaded product image: {@code uploads/products/<product id>/<uuid>.<ext>}.
 * The catalog makes every key itself and accepts back only keys of exactly this shape, so a key can
 * never reach outside a product's upload prefix, and its extension is the type the upload declared.
 */
public record UploadKey(long productId, UUID id, ImageType type) {

    private static final Pattern SHAPE = Pattern.compile(
            "uploads/products/([1-9][0-9]{0,17})/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.([a-z]+)");

    static UploadKey newFor(long productId, ImageType type) {
        return new UploadKey(productId, UUID.randomUUID(), type);
    }

    /** The key, when {@code objectKey} is one the catalog could have made; empty otherwise. */
    public static Optional<UploadKey> parse(String objectKey) {
        Matcher matcher = SHAPE.matcher(objectKey);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(matcher.group(2));
        return ImageType.ofExtension(matcher.group(3))
                .map(type -> new UploadKey(Long.parseLong(matcher.group(1)), id, type));
    }

    public String value() {
        return "uploads/products/" + productId + "/" + id + "." + type.extension();
    }

    @Override
    public String toString() {
        return value();
    }
}

package o11yshop.catalog.image;

import java.util.Arrays;
import java.util.Optional;

/** The image formats a product image may have, by content type and by object key extension. */
public enum ImageType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private final String contentType;
    private final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static ImageType ofContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an image type of the shop: " + contentType));
    }

    static Optional<ImageType> ofExtension(String extension) {
        return Arrays.stream(values()).filter(type -> type.extension.equals(extension)).findFirst();
    }
}

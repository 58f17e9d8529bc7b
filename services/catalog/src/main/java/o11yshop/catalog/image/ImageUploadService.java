package o11yshop.catalog.image;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import o11yshop.catalog.api.model.Image;
import o11yshop.catalog.api.model.ImageUpload;
import o11yshop.catalog.problem.CatalogProblemType;
import o11yshop.catalog.product.ProductImageService;
import o11yshop.platform.web.problem.InvalidParameterException;
import o11yshop.platform.web.problem.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A product image upload (A-PROD-02) in the steps every environment shares: hand out a pre-signed URL
 * for a key under the product's prefix, let the browser put the bytes into the store, then check what
 * arrived — by content, not by name — and show it as the product's next image. What fails the check is
 * removed from the store, so it can never be shown.
 */
@Service
public class ImageUploadService {

    /** The most a product image may be: 5 MB. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ImageUploadService.class);

    private final ImageStore store;
    private final ProductImageService products;
    private final ImageUrls urls;
    private final Duration uploadUrlLifetime;

    ImageUploadService(ImageStore store, ProductImageService products, ImageUrls urls, ImageProperties properties) {
        this.store = store;
        this.products = products;
        this.urls = urls;
        this.uploadUrlLifetime = properties.uploadUrlLifetime();
    }

    public ImageUpload start(long productId, ImageType type, long contentLength) {
        products.requireListed(productId);
        UploadKey key = UploadKey.newFor(productId, type);
        PresignedUpload upload = store.presignUpload(key, contentLength, uploadUrlLifetime);
        log.info("Handed out an upload URL for {} ({} bytes of {})", key, contentLength, type.contentType());
        return new ImageUpload(key.value(), upload.url(), ImageUpload.MethodEnum.PUT, upload.headers(),
                upload.expiresAt().atOffset(ZoneOffset.UTC), contentLength);
    }

    public Image attach(long productId, String objectKey, String alt) {
        if (alt.isBlank()) {
            throw new InvalidParameterException("alt", "must not be blank");
        }
        products.requireListed(productId);
        UploadKey key = UploadKey.parse(objectKey)
                .filter(parsed -> parsed.productId() == productId)
                .orElseThrow(() -> new InvalidParameterException("objectKey",
                        "is not a key handed out for an upload of product " + productId));
        long size = store.sizeOf(key).orElseThrow(() -> new ServiceProblem(CatalogProblemType.UPLOAD_MISSING,
                "Nothing was uploaded to " + key + " (yet): upload the bytes to the upload URL first."));
        if (size > MAX_BYTES) {
            throw refused(key, CatalogProblemType.UPLOAD_TOO_LARGE, "The image has " + size + " bytes; at most "
                    + MAX_BYTES + " are allowed.");
        }
        Optional<ImageType> actual = size == 0 ? Optional.empty() : MagicBytes.typeOf(store.firstBytes(key, MagicBytes.LENGTH));
        if (!actual.equals(Optional.of(key.type()))) {
            throw refused(key, CatalogProblemType.UNSUPPORTED_IMAGE, "By its first bytes, the object is not an image of type "
                    + key.type().contentType() + actual.map(type -> " but " + type.contentType()).orElse("") + ".");
        }
        String altText = alt.strip();
        products.append(productId, key.value(), altText);
        log.info("Attached {} ({} bytes) to product {}", key, size, productId);
        return new Image(urls.urlOf(key.value()), altText);
    }

    private ServiceProblem refused(UploadKey key, CatalogProblemType type, String detail) {
        store.delete(key);
        log.info("Removed the refused upload {}", key);
        return new ServiceProblem(type, detail);
    }
}

package o11yshop.catalog.problem;

import o11yshop.platform.web.problem.ServiceProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problems only the catalog answers with, beside the shared ones of platform-web. The admin console
 * matches on the {@code type} URI: it marks the SKU field for {@code sku-taken}, the category field for
 * {@code unknown-category}, and asks for another file for {@code unsupported-image}.
 */
public enum CatalogProblemType implements ServiceProblemType {
    SKU_TAKEN("sku-taken", "SKU already in use", HttpStatus.CONFLICT),
    SLUG_TAKEN("slug-taken", "Slug already in use", HttpStatus.CONFLICT),
    UNKNOWN_CATEGORY("unknown-category", "Unknown category", HttpStatus.UNPROCESSABLE_CONTENT),
    CATEGORY_CYCLE("category-cycle", "Category would be its own ancestor", HttpStatus.CONFLICT),
    CATEGORY_IN_USE("category-in-use", "Category in use", HttpStatus.CONFLICT),
    UPLOAD_MISSING("upload-missing", "Upload missing", HttpStatus.CONFLICT),
    IMAGE_ALREADY_ATTACHED("image-already-attached", "Image already attached", HttpStatus.CONFLICT),
    UPLOAD_TOO_LARGE("upload-too-large", "Upload too large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_IMAGE("unsupported-image", "Unsupported image", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    UPLOAD_URL_INVALID("upload-url-invalid", "Upload URL invalid or expired", HttpStatus.FORBIDDEN);

    private final Definition definition;

    CatalogProblemType(String slug, String title, HttpStatus status) {
        this.definition = new Definition(slug, title, status);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}

package o11yshop.catalog.image;

import org.springframework.stereotype.Component;

/**
 * Turns an image's object-store key into the URL a browser loads it from. Locally the catalog serves
 * the images itself under {@code /api/catalog/images/}; in AWS the base URL points at the S3 bucket
 * behind CloudFront, and only this setting changes.
 */
@Component
public class ImageUrls {

    private final String baseUrl;

    ImageUrls(ImageProperties properties) {
        String baseUrl = properties.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public String urlOf(String objectKey) {
        return baseUrl + objectKey;
    }
}

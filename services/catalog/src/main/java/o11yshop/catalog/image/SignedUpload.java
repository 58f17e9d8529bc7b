package o11yshop.catalog.image;

/**
 * A {@code PUT} to the embedded store's upload URL, as it arrived: the key from the path, the content
 * type from the header, and the URL's declared length, expiry and signature.
 */
record SignedUpload(String objectKey, String contentType, long declaredLength, long expiresEpochSecond,
        String signature) {
}

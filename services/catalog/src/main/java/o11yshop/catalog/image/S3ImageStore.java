package o11yshop.catalog.image;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The image store in AWS ({@code shop.images.store=s3}): one bucket, the browser uploading straight
 * into it through a SigV4 pre-signed {@code PUT} whose signature covers the content type and length,
 * so S3 itself refuses any other. What arrived is then read with a {@code HEAD} and a ranged
 * {@code GET} of its first bytes, never downloaded whole.
 */
class S3ImageStore implements ImageStore {

    /** Signed, but set by the browser itself: a page may not set them, so they are not handed out. */
    private static final Set<String> SET_BY_THE_BROWSER = Set.of("host", "content-length");
    private static final Duration HEALTH_CHECK_TIMEOUT = Duration.ofSeconds(1);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    S3ImageStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public PresignedUpload presignUpload(UploadKey key, long contentLength, Duration lifetime) {
        PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
                .signatureDuration(lifetime)
                .putObjectRequest(put -> put.bucket(bucket).key(key.value())
                        .contentType(key.type().contentType())
                        .contentLength(contentLength)));
        Map<String, String> headers = new LinkedHashMap<>();
        presigned.signedHeaders().forEach((name, values) -> {
            if (!SET_BY_THE_BROWSER.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(capitalised(name), String.join(",", values));
            }
        });
        return new PresignedUpload(presigned.url().toString(), headers, presigned.expiration());
    }

    @Override
    public OptionalLong sizeOf(UploadKey key) {
        try {
            return OptionalLong.of(s3.headObject(request -> request.bucket(bucket).key(key.value())).contentLength());
        } catch (S3Exception e) {
            // a HEAD answer has no body to name the error in: a missing key is just a 404
            if (e.statusCode() == 404) {
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    @Override
    public byte[] firstBytes(UploadKey key, int count) {
        return s3.getObject(request -> request.bucket(bucket).key(key.value()).range("bytes=0-" + (count - 1)),
                ResponseTransformer.toBytes()).asByteArray();
    }

    @Override
    public void delete(UploadKey key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key.value()));
    }

    /** {@code HeadBucket}: the bucket exists and these credentials may use it, in one cheap request. */
    @Override
    public void checkReachable() {
        try {
            s3.headBucket(request -> request.bucket(bucket)
                    .overrideConfiguration(call -> call.apiCallTimeout(HEALTH_CHECK_TIMEOUT)));
        } catch (NoSuchBucketException e) {
            throw new Missing("the bucket " + bucket + " does not exist", e);
        }
    }

    /** The SDK names signed headers in lower case; they are handed out as the embedded store names them. */
    private static String capitalised(String headerName) {
        return Arrays.stream(headerName.split("-"))
                .map(part -> part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining("-"));
    }
}

package o11yshop.catalog.image;

import static o11yshop.catalog.EditableCatalog.AUDIO;
import static o11yshop.catalog.EditableCatalog.admin;
import static o11yshop.catalog.EditableCatalog.expect;
import static o11yshop.catalog.EditableCatalog.expectProblem;
import static o11yshop.catalog.EditableCatalog.productJson;
import static o11yshop.catalog.EditableCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import o11yshop.catalog.CatalogApi;
import o11yshop.catalog.CatalogApi.Response;
import o11yshop.catalog.CatalogUnderTest;
import o11yshop.catalog.TestImages;
import o11yshop.platform.testing.ApiClient;
import o11yshop.platform.testing.Readiness;
import o11yshop.platform.testing.RecordingEndpoint.Request;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The catalog with {@code shop.images.store=s3}: the real S3 adapter and the real AWS SDK, pointed at a
 * local server that speaks S3's protocol and records what the SDK sent. The browser's part, the
 * {@code PUT} to the pre-signed URL, goes to the same server, as it goes to the bucket in AWS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ImageStoreTest {

    private static final String BUCKET = "shop-images";
    private static final String REGION = "ap-northeast-1";
    private static final String ACCESS_KEY_ID = "AKIDTESTS3IMAGESTORE";
    private static final String IMAGES_CDN = "https://images.o11y-shop.test/";

    private RecordingS3 s3;
    private ServiceUnderTest service;
    private CatalogApi api;

    @BeforeAll
    void startTheCatalogAgainstTheRecordingS3() {
        s3 = new RecordingS3();
        service = CatalogUnderTest.start(TestDatabase.Engine.POSTGRESQL, "it_catalog_s3", Map.of(
                "shop.images.store", "s3",
                "shop.images.base-url", IMAGES_CDN,
                "shop.images.s3.bucket", BUCKET,
                "shop.images.s3.region", REGION,
                "shop.images.s3.endpoint", s3.endpoint().toString(),
                "shop.images.s3.access-key-id", ACCESS_KEY_ID,
                "shop.images.s3.secret-access-key", "secret-" + UUID.randomUUID()));
        api = new CatalogApi(service.baseUrl());
    }

    @AfterAll
    void stop() {
        service.stop();
        s3.close();
    }

    @BeforeEach
    void forgetEarlierCalls() {
        s3.takeCalls();
    }

    @Test
    void theUploadUrlIsAnS3PresignedPutThatSignsTypeAndLength() {
        long productId = newProductId();
        byte[] png = TestImages.png();

        JsonNode upload = start(productId, "image/png", png.length);

        String key = upload.path("objectKey").asString();
        URI url = URI.create(upload.path("uploadUrl").asString());
        assertThat(url.getScheme() + "://" + url.getAuthority()).isEqualTo(s3.endpoint().toString());
        assertThat(url.getPath()).isEqualTo("/" + BUCKET + "/" + key);
        Map<String, String> query = query(url);
        assertThat(query.get("X-Amz-Algorithm")).isEqualTo("AWS4-HMAC-SHA256");
        assertThat(query.get("X-Amz-Credential")).startsWith(ACCESS_KEY_ID + "/").endsWith("/" + REGION + "/s3/aws4_request");
        assertThat(query.get("X-Amz-Expires")).isEqualTo("600");
        assertThat(query.get("X-Amz-SignedHeaders").split(";")).contains("content-length", "content-type", "host");
        assertThat(query.get("X-Amz-Signature")).matches("[0-9a-f]{64}");
        assertThat(upload.path("headers").properties()).extracting(Map.Entry::getKey).containsExactly("Content-Type");
        assertThat(upload.path("headers").path("Content-Type").asString()).isEqualTo("image/png");
        assertThat(Instant.parse(upload.path("expiresAt").asString()))
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(10)), within(Duration.ofSeconds(30)));
        assertThat(s3.takeCalls()).as("presigning is local: no request to S3").isEmpty();
    }

    @Test
    void anImageUploadedToThePresignedUrlIsCheckedWithAHeadAndARangedGetAndShown() {
        long productId = newProductId();
        byte[] png = TestImages.png();
        JsonNode upload = start(productId, "image/png", png.length);
        String key = upload.path("objectKey").asString();

        Response put = api.upload(upload.path("uploadUrl").asString(), Map.of("Content-Type", "image/png"),
                BodyPublishers.ofByteArray(png), null);
        assertThat(put.status()).isEqualTo(200);
        Request browserPut = s3.takeCalls().getFirst();
        assertThat(browserPut.method()).isEqualTo("PUT");
        assertThat(browserPut.header("content-type")).isEqualTo("image/png");
        assertThat(browserPut.header("content-length")).isEqualTo(Integer.toString(png.length));
        assertThat(browserPut.header("authorization")).as("the URL is the permission").isNull();
        assertThat(s3.object(BUCKET, key)).isEqualTo(png);

        JsonNode image = expect(201, "POST", "/products/{productId}/images", attach(productId, key)).json();

        assertThat(image.path("url").asString()).isEqualTo(IMAGES_CDN + key);
        List<Request> calls = s3.takeCalls();
        assertThat(calls).extracting(Request::method).containsExactly("HEAD", "GET");
        calls.forEach(call -> {
            assertThat(call.path()).isEqualTo("/" + BUCKET + "/" + key);
            assertThat(call.header("authorization"))
                    .startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY_ID + "/")
                    .contains("/" + REGION + "/s3/aws4_request", "SignedHeaders=", "Signature=");
            assertThat(call.header("x-amz-date")).matches("\\d{8}T\\d{6}Z");
        });
        assertThat(calls.get(1).header("range")).isEqualTo("bytes=0-11");
        assertThat(api.get("/products/" + productId).json().path("images").get(0).path("url").asString())
                .isEqualTo(IMAGES_CDN + key);
    }

    @Test
    void anObjectOfAnotherTypeIsDeletedFromTheBucket() {
        long productId = newProductId();
        String key = "uploads/products/" + productId + "/" + UUID.randomUUID() + ".png";
        s3.putObject(BUCKET, key, TestImages.jpeg());

        expectProblem(415, "unsupported-image", "POST", "/products/{productId}/images", attach(productId, key));

        List<Request> calls = s3.takeCalls();
        assertThat(calls).extracting(Request::method).containsExactly("HEAD", "GET", "DELETE");
        assertThat(calls.getLast().path()).isEqualTo("/" + BUCKET + "/" + key);
        assertThat(calls.getLast().header("authorization")).startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY_ID + "/");
        assertThat(s3.object(BUCKET, key)).isNull();
        assertThat(api.get("/products/" + productId).json().path("images").size()).isZero();
    }

    @Test
    void anObjectOverFiveMegabytesIsDeletedWithoutBeingRead() {
        long productId = newProductId();
        String key = "uploads/products/" + productId + "/" + UUID.randomUUID() + ".png";
        s3.putObject(BUCKET, key, TestImages.padded(TestImages.png(), 5 * 1024 * 1024 + 1));

        expectProblem(413, "upload-too-large", "POST", "/products/{productId}/images", attach(productId, key));

        assertThat(s3.takeCalls()).extracting(Request::method).containsExactly("HEAD", "DELETE");
        assertThat(s3.object(BUCKET, key)).isNull();
    }

    @Test
    void aKeyTheBucketDoesNotHaveIsAMissingUpload() {
        long productId = newProductId();
        JsonNode upload = start(productId, "image/webp", 100);

        expectProblem(409, "upload-missing", "POST", "/products/{productId}/images",
                attach(productId, upload.path("objectKey").asString()));

        assertThat(s3.takeCalls()).extracting(Request::method).containsExactly("HEAD");
    }

    @Test
    void theCatalogDoesNotReceiveUploadsItself() {
        Response response = api.upload("/api/catalog/uploads/uploads/products/1/" + UUID.randomUUID() + ".png?expires=1&length=1&signature=0",
                Map.of("Content-Type", "image/png"), BodyPublishers.ofByteArray(TestImages.png()), null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("type").asString()).isEqualTo("urn:o11y-shop:problem:route-not-found");
    }

    private long newProductId() {
        return expect(201, "POST", "/products", api.send("POST", "/products", admin(),
                productJson("S3-" + unique(), AUDIO, 1000))).json().path("id").asLong();
    }

    @Test
    void aMissingBucketLeavesTheCatalogServingButDegradedUntilItExists() {
        Readiness readiness = Readiness.of(service.client());
        ApiClient.Response degraded = readiness.awaitComponent("images", "DEGRADED");

        assertThat(degraded.status()).isEqualTo(200);
        assertThat(Readiness.reasonOf(degraded, "images")).contains("does not exist");
        assertThat(s3.takeCalls()).anySatisfy(call -> {
            assertThat(call.method()).isEqualTo("HEAD");
            assertThat(call.path()).matches("/" + BUCKET + "/?");
            assertThat(call.header("authorization")).startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY_ID + "/");
        });

        s3.createBucket(BUCKET);
        assertThat(readiness.awaitComponent("images", "UP").status()).isEqualTo(200);
    }

    private JsonNode start(long productId, String contentType, long contentLength) {
        return expect(201, "POST", "/products/{productId}/image-uploads",
                api.send("POST", "/products/" + productId + "/image-uploads", admin(),
                        "{\"contentType\":\"" + contentType + "\",\"contentLength\":" + contentLength + "}")).json();
    }

    private Response attach(long productId, String key) {
        return api.send("POST", "/products/" + productId + "/images", admin(),
                "{\"objectKey\":\"" + key + "\",\"alt\":\"From the bucket\"}");
    }

    private static Map<String, String> query(URI url) {
        return Arrays.stream(url.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}

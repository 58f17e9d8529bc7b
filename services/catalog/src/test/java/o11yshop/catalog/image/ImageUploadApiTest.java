package o11yshop.catalog.image;

import static o11yshop.catalog.EditableCatalog.admin;
import static o11yshop.catalog.EditableCatalog.expect;
import static o11yshop.catalog.EditableCatalog.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import o11yshop.catalog.CatalogApi.Response;
import o11yshop.catalog.EditableCatalog;
import o11yshop.catalog.EditableCatalogSuite;
import o11yshop.catalog.OnEngine;
import o11yshop.catalog.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Product image uploads through the embedded store, over HTTP as the admin console does them: start
 * the upload, {@code PUT} the bytes to the signed URL, attach the object. Every refusal is a 4xx
 * problem, and leaves the tables and the store's folder exactly as they were: no row, no file, not
 * even a partial one.
 */
abstract class ImageUploadApiTest extends EditableCatalogSuite {

    private static final int FIVE_MB = 5 * 1024 * 1024;


    static Stream<Arguments> images() {
        return Stream.of(
                Arguments.of("image/png", TestImages.png()),
                Arguments.of("image/jpeg", TestImages.jpeg()),
                Arguments.of("image/webp", TestImages.webp()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void anUploadedImageIsShownOnTheProductAndServed(String contentType, byte[] image) {
        long productId = catalog.newProductId();

        JsonNode upload = start(productId, contentType, image.length);
        String key = upload.path("objectKey").asString();
        assertThat(key).startsWith("uploads/products/" + productId + "/");
        assertThat(upload.path("uploadUrl").asString()).startsWith("/api/catalog/uploads/" + key + "?");
        assertThat(upload.path("method").asString()).isEqualTo("PUT");
        assertThat(upload.path("headers").path("Content-Type").asString()).isEqualTo(contentType);
        assertThat(upload.path("maxBytes").asLong()).isEqualTo(image.length);
        assertThat(Instant.parse(upload.path("expiresAt").asString())).isAfter(Instant.now());

        expect(200, "PUT", "/uploads/{objectKey}", put(upload, image));
        JsonNode attached = expect(201, "POST", "/products/{productId}/images",
                attach(productId, key, "The product from the front")).json();

        String url = "/api/catalog/images/" + key;
        assertThat(attached.path("url").asString()).isEqualTo(url);
        assertThat(attached.path("alt").asString()).isEqualTo("The product from the front");
        JsonNode detail = api.get("/products/" + productId).json();
        assertThat(detail.path("images").valueStream().map(i -> i.path("url").asString())).containsExactly(url);
        assertThat(listImageOf(productId)).isEqualTo(url);
        Response served = api.fetch(url);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo(contentType);
        assertThat(served.bytes()).isEqualTo(image);
        assertThat(served.header("Cache-Control")).hasValue("max-age=86400, public");
        assertThat(served.header("X-Content-Type-Options")).as("no browser guesses another type").hasValue("nosniff");
    }

    @Test
    void aSecondImageComesAfterTheFirstWhichStaysTheListImage() {
        long productId = catalog.newProductId();
        String first = uploaded(productId, "image/png", TestImages.png());
        String second = uploaded(productId, "image/jpeg", TestImages.jpeg());

        attach(productId, first, "First");
        attach(productId, second, "Second");

        assertThat(api.get("/products/" + productId).json().path("images").valueStream().map(i -> i.path("alt").asString()))
                .containsExactly("First", "Second");
        assertThat(listImageOf(productId)).isEqualTo("/api/catalog/images/" + first);
    }

    static Stream<Arguments> badBodies() {
        byte[] png = TestImages.png();
        return Stream.of(
                Arguments.of("an empty body", "image/png", 100, new byte[0], false, 415, "unsupported-image"),
                Arguments.of("text named .png", "image/png", 100, "hello, not an image".getBytes(StandardCharsets.UTF_8), false, 415, "unsupported-image"),
                Arguments.of("4 MB of text named .png", "image/png", 4 * 1024 * 1024, TestImages.padded("not an image".getBytes(StandardCharsets.UTF_8), 4 * 1024 * 1024), false, 415, "unsupported-image"),
                Arguments.of("SVG named .png", "image/png", 100, "<svg onload=\"alert(1)\"></svg>".getBytes(StandardCharsets.UTF_8), false, 415, "unsupported-image"),
                Arguments.of("JPEG bytes declared PNG", "image/png", TestImages.jpeg().length, TestImages.jpeg(), false, 415, "unsupported-image"),
                Arguments.of("PNG bytes declared WebP", "image/webp", png.length, png, false, 415, "unsupported-image"),
                Arguments.of("more than declared", "image/png", 100, TestImages.padded(png, 101), false, 413, "upload-too-large"),
                Arguments.of("more than declared, chunked", "image/png", 100, TestImages.padded(png, 70_000), true, 413, "upload-too-large"),
                Arguments.of("over 5 MB, chunked", "image/png", FIVE_MB, TestImages.padded(png, FIVE_MB + 1), true, 413, "upload-too-large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyIsRefusedAndLeavesNoFile(String what, String contentType, long declared, byte[] body, boolean chunked,
            int status, String type) {
        long productId = catalog.newProductId();
        JsonNode upload = start(productId, contentType, declared);
        String before = catalog.snapshot();

        Response response = api.upload(upload.path("uploadUrl").asString(), headersOf(upload),
                chunked ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)) : BodyPublishers.ofByteArray(body), null);

        expectProblem(status, type, "PUT", "/uploads/{objectKey}", response);
        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    /** The uploader's connection breaks halfway: what had arrived must not become an object, nor stay behind. */
    @Test
    void anInterruptedUploadLeavesNoFile() throws IOException {
        long productId = catalog.newProductId();
        byte[] image = TestImages.padded(TestImages.png(), 200_000);
        JsonNode upload = start(productId, "image/png", image.length);
        String before = catalog.snapshot();
        URI origin = URI.create(api.origin());

        try (Socket socket = new Socket(origin.getHost(), origin.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + upload.path("uploadUrl").asString() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: image/png\r\nContent-Length: " + image.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(image, 0, image.length / 2);
            socket.shutdownOutput();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("urn:o11y-shop:problem:malformed-request");
        }

        assertThat(catalog.snapshot()).isEqualTo(before);
        assertThat(catalog.objectFile(upload.path("objectKey").asString())).doesNotExist();
    }

    @Test
    void exactlyFiveMegabytesIsAllowed() {
        long productId = catalog.newProductId();
        byte[] image = TestImages.padded(TestImages.png(), FIVE_MB);
        JsonNode upload = start(productId, "image/png", image.length);

        expect(200, "PUT", "/uploads/{objectKey}", put(upload, image));

        expect(201, "POST", "/products/{productId}/images", attach(productId, upload.path("objectKey").asString(), "Big"));
    }

    @Test
    void anUploadUrlThatWasTamperedWithOrHasExpiredIsRefused() {
        long productId = catalog.newProductId();
        byte[] png = TestImages.png();
        JsonNode upload = start(productId, "image/png", png.length);
        String url = upload.path("uploadUrl").asString();
        UploadKey key = UploadKey.parse(upload.path("objectKey").asString()).orElseThrow();
        long expired = Instant.now().minusSeconds(1).getEpochSecond();
        String expiredButSigned = "/api/catalog/uploads/" + key + "?expires=" + expired + "&length=" + png.length
                + "&signature=" + UploadSignature.withKey(EditableCatalog.UPLOAD_SIGNING_KEY).sign(key, "image/png", png.length, expired);
        String otherKey = "uploads/products/" + productId + "/" + UUID.randomUUID() + ".png";
        String before = catalog.snapshot();

        for (String tampered : new String[] {
                url.replace("signature=", "signature=0"),
                url.replaceAll("&signature=[0-9a-f]+", ""),
                url.replace("length=" + png.length, "length=" + (png.length + 1)),
                url.replaceAll("expires=\\d+", "expires=" + (Instant.now().getEpochSecond() + 86_400)),
                url.replace(key.value(), otherKey),
                url.replace("/products/" + productId + "/", "/products/1/"),
                url.replace(".png?", ".jpg?"),
                expiredButSigned}) {
            Response response = api.upload(tampered, Map.of("Content-Type", "image/png"), BodyPublishers.ofByteArray(png), null);
            if (tampered.contains("signature=")) {
                expectProblem(403, "upload-url-invalid", "PUT", "/uploads/{objectKey}", response);
            } else {
                expectProblem(400, "invalid-parameter", "PUT", "/uploads/{objectKey}", response);
            }
        }
        Response otherType = api.upload(url, Map.of("Content-Type", "image/jpeg"), BodyPublishers.ofByteArray(TestImages.jpeg()), null);
        expectProblem(403, "upload-url-invalid", "PUT", "/uploads/{objectKey}", otherType);

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, FIVE_MB + 1, Long.MAX_VALUE})
    void anUploadOfNoBytesOrOverFiveMegabytesIsNotStarted(long contentLength) {
        long productId = catalog.newProductId();

        expectProblem(400, "invalid-parameter", "POST", "/products/{productId}/image-uploads",
                api.send("POST", "/products/" + productId + "/image-uploads", admin(),
                        "{\"contentType\":\"image/png\",\"contentLength\":" + contentLength + "}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"contentType\":\"image/gif\",\"contentLength\":10}",
            "{\"contentType\":\"image/svg+xml\",\"contentLength\":10}",
            "{\"contentType\":\"image/png\"}",
            "{\"contentType\":\"image/png\",\"contentLength\":\"10\"}",
            "{\"contentType\":\"image/png\",\"contentLength\":10,\"objectKey\":\"uploads/products/1/x.png\"}",
            ""})
    void aMalformedUploadRequestIsRefused(String body) {
        long productId = catalog.newProductId();

        Response response = api.send("POST", "/products/" + productId + "/image-uploads", admin(), body);

        expect(400, "POST", "/products/{productId}/image-uploads", response);
    }

    @Test
    void anUnknownOrDeletedProductGetsNoUploadAndNoImage() {
        long deleted = catalog.newProductId();
        String key = uploaded(deleted, "image/png", TestImages.png());
        api.send("DELETE", "/products/" + deleted, admin(), null);
        String before = catalog.snapshot();

        for (long productId : new long[] {deleted, 999_999}) {
            expectProblem(404, "not-found", "POST", "/products/{productId}/image-uploads",
                    api.send("POST", "/products/" + productId + "/image-uploads", admin(), "{\"contentType\":\"image/png\",\"contentLength\":10}"));
            expectProblem(404, "not-found", "POST", "/products/{productId}/images", attach(productId, key, "Gone"));
        }

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void onlyTheProductsOwnUploadsCanBeAttached() {
        long productId = catalog.newProductId();
        long otherProduct = catalog.newProductId();
        String othersKey = uploaded(otherProduct, "image/png", TestImages.png());
        String before = catalog.snapshot();

        for (String key : new String[] {othersKey, "products/AUD-001.svg", "uploads/products/" + productId + "/../"
                + otherProduct + "/x.png", "https://evil.example.com/x.png"}) {
            Response response = expectProblem(400, "invalid-parameter", "POST", "/products/{productId}/images",
                    attach(productId, key, "Not mine"));
            assertThat(response.json().path("errors").get(0).path("parameter").asString()).isEqualTo("objectKey");
        }

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void nothingUploadedIsMissing() {
        long productId = catalog.newProductId();
        JsonNode upload = start(productId, "image/png", 100);
        String before = catalog.snapshot();

        expectProblem(409, "upload-missing", "POST", "/products/{productId}/images",
                attach(productId, upload.path("objectKey").asString(), "Not there"));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void anImageIsAttachedOnce() {
        long productId = catalog.newProductId();
        String key = uploaded(productId, "image/png", TestImages.png());
        attach(productId, key, "Once");
        String before = catalog.snapshot();

        expectProblem(409, "image-already-attached", "POST", "/products/{productId}/images", attach(productId, key, "Twice"));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void aBlankAltTextIsRefused() {
        long productId = catalog.newProductId();
        String key = uploaded(productId, "image/png", TestImages.png());
        String before = catalog.snapshot();

        expectProblem(400, "invalid-parameter", "POST", "/products/{productId}/images", attach(productId, key, "   "));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    /**
     * Objects that reached the store past the upload URL's checks (S3 checks only the signature) are
     * checked again when attached, and removed when refused.
     */
    static Stream<Arguments> badObjects() {
        return Stream.of(
                Arguments.of("JPEG bytes under a .png key", "png", TestImages.jpeg(), 415, "unsupported-image"),
                Arguments.of("text under a .webp key", "webp", "not an image".getBytes(StandardCharsets.UTF_8), 415, "unsupported-image"),
                Arguments.of("an empty object", "jpg", new byte[0], 415, "unsupported-image"),
                Arguments.of("over 5 MB", "png", TestImages.padded(TestImages.png(), FIVE_MB + 1), 413, "upload-too-large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badObjects")
    void aBadObjectIsRefusedAndRemovedFromTheStore(String what, String extension, byte[] content, int status, String type)
            throws IOException {
        long productId = catalog.newProductId();
        String key = "uploads/products/" + productId + "/" + UUID.randomUUID() + "." + extension;
        String before = catalog.snapshot();
        Path file = catalog.objectFile(key);
        Files.createDirectories(file.getParent());
        Files.write(file, content);

        expectProblem(status, type, "POST", "/products/{productId}/images", attach(productId, key, "Bad"));

        assertThat(file).doesNotExist();
        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    private JsonNode start(long productId, String contentType, long contentLength) {
        return expect(201, "POST", "/products/{productId}/image-uploads",
                api.send("POST", "/products/" + productId + "/image-uploads", admin(),
                        "{\"contentType\":\"" + contentType + "\",\"contentLength\":" + contentLength + "}")).json();
    }

    private Response put(JsonNode upload, byte[] body) {
        return api.upload(upload.path("uploadUrl").asString(), headersOf(upload), BodyPublishers.ofByteArray(body), null);
    }

    private String uploaded(long productId, String contentType, byte[] image) {
        JsonNode upload = start(productId, contentType, image.length);
        expect(200, "PUT", "/uploads/{objectKey}", put(upload, image));
        return upload.path("objectKey").asString();
    }

    private Response attach(long productId, String objectKey, String alt) {
        return api.send("POST", "/products/" + productId + "/images", admin(),
                "{\"objectKey\":\"" + objectKey + "\",\"alt\":\"" + alt + "\"}");
    }

    private String listImageOf(long productId) {
        return api.get("/products?sort=newest&size=100").json().path("items").valueStream()
                .filter(item -> item.path("id").asLong() == productId).findFirst().orElseThrow()
                .path("imageUrl").asString();
    }

    private static Map<String, String> headersOf(JsonNode upload) {
        Map<String, String> headers = new HashMap<>();
        upload.path("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asString()));
        return headers;
    }
}

class ImageUploadApiOnPostgresTest extends ImageUploadApiTest implements OnEngine.Postgres {
}

class ImageUploadApiOnMysqlTest extends ImageUploadApiTest implements OnEngine.Mysql {
}

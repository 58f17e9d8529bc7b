package o11yshop.catalog;

import static o11yshop.catalog.db.Tables.CATEGORY;
import static o11yshop.catalog.db.Tables.PRODUCT;
import static o11yshop.catalog.db.Tables.PRODUCT_IMAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import o11yshop.catalog.CatalogApi.Response;
import o11yshop.platform.testing.authz.TestIssuer;
import o11yshop.platform.testing.authz.TestUser;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;

/**
 * A catalog that tests may change, shared by the test classes of one JVM for each engine: on a schema
 * of its own (the read-only tests count the demo data exactly), with the embedded image store in a
 * fresh folder, and trusting the {@link TestIssuer}. Tests that share it make their own products and
 * categories, with names no other test uses, and never count what others made.
 */
public final class EditableCatalog {

    public static final OpenApiContract CONTRACT = OpenApiContract.forService("catalog");
    /** The embedded store's key for upload URLs, so that tests can sign URLs it would refuse for other reasons. */
    public static final String UPLOAD_SIGNING_KEY = "upload-signing-key-of-the-tests";
    /** A category of the demo data: Audio, under Electronics. */
    public static final long AUDIO = 8;

    private static final Map<TestDatabase.Engine, EditableCatalog> RUNNING = new ConcurrentHashMap<>();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final ServiceUnderTest service;
    private final CatalogApi api;
    private final Path imageDirectory;

    private EditableCatalog(ServiceUnderTest service, Path imageDirectory) {
        this.service = service;
        this.api = new CatalogApi(service.baseUrl());
        this.imageDirectory = imageDirectory;
    }

    public static EditableCatalog on(TestDatabase.Engine engine) {
        return RUNNING.computeIfAbsent(engine, EditableCatalog::start);
    }

    private static EditableCatalog start(TestDatabase.Engine engine) {
        try {
            Path images = Files.createTempDirectory("catalog-images-" + engine.name().toLowerCase());
            return new EditableCatalog(CatalogUnderTest.start(engine, "it_catalog_admin", Map.of(
                    "shop.images.local.directory", images.toString(),
                    "shop.images.local.signing-key", UPLOAD_SIGNING_KEY)), images);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CatalogApi api() {
        return api;
    }

    public DSLContext db() {
        return service.context().getBean(DSLContext.class);
    }

    /** Where the embedded store keeps an object. */
    public Path objectFile(String objectKey) {
        return imageDirectory.resolve("objects").resolve(objectKey);
    }

    public static String admin() {
        return TestUser.ADMIN.token();
    }

    /** An SKU, slug or name part no other test uses. */
    public static long unique() {
        return SEQUENCE.incrementAndGet();
    }

    public static String productJson(String sku, long categoryId, long price) {
        return """
                {"sku":"%s","name":"Test product %s","description":"Made by a test.","priceJpy":%d,"categoryId":%d}"""
                .formatted(sku, sku, price, categoryId);
    }

    /** A new product in Audio, made through the API as the admin console makes one. */
    public JsonNode newProduct() {
        Response created = expect(201, "POST", "/products",
                api.send("POST", "/products", admin(), productJson("TEST-" + unique(), AUDIO, 1200)));
        return created.json();
    }

    public long newProductId() {
        return newProduct().path("id").asLong();
    }

    /** Every row of the catalog's tables and every file of the image store: equal snapshots, nothing written. */
    public String snapshot() {
        DSLContext db = db();
        return String.join("\n",
                db.selectFrom(CATEGORY).orderBy(CATEGORY.ID).fetch().formatCSV(),
                db.selectFrom(PRODUCT).orderBy(PRODUCT.ID).fetch().formatCSV(),
                db.selectFrom(PRODUCT_IMAGE).orderBy(PRODUCT_IMAGE.ID).fetch().formatCSV(),
                files());
    }

    private String files() {
        try (Stream<Path> files = Files.walk(imageDirectory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> imageDirectory.relativize(file) + " " + file.toFile().length())
                    .sorted()
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the status and that the response is what api/catalog.yaml declares for it. */
    public static Response expect(int status, String method, String pathTemplate, Response response) {
        assertThat(response.status()).as("%s %s → %s", method, pathTemplate, response).isEqualTo(status);
        if (!response.contentType().isEmpty()) {
            CONTRACT.assertResponse(method, pathTemplate, status, response.contentType(), response.body());
        }
        return response;
    }

    /** A problem+json response of this status and type ({@code sku-taken}), as the contract declares it. */
    public static Response expectProblem(int status, String type, String method, String pathTemplate,
            Response response) {
        expect(status, method, pathTemplate, response);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).as(response.body())
                .isEqualTo("urn:o11y-shop:problem:" + type);
        return response;
    }
}

package o11yshop.catalog.product;

import static o11yshop.catalog.EditableCatalog.AUDIO;
import static o11yshop.catalog.EditableCatalog.admin;
import static o11yshop.catalog.EditableCatalog.productJson;
import static o11yshop.catalog.EditableCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import o11yshop.catalog.CatalogApi;
import o11yshop.catalog.CatalogUnderTest;
import o11yshop.platform.observability.testing.RecordingDaemon;
import o11yshop.platform.observability.testing.SegmentDocumentSpec;
import o11yshop.platform.observability.testing.SegmentTree;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * In mode {@code xray}, an admin's product changes are business spans of their requests' traces,
 * annotated with the product and its category (O-TRACE-04), so that {@code annotation.product_id = 42}
 * finds who changed a product next to who looked at it.
 */
class AdminChangesTracedTest {

    private static final String DAEMON_ADDRESS_PROPERTY = "com.amazonaws.xray.emitters.daemonAddress";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void creatingChangingAndDeletingAProductAreSpansAnnotatedWithTheProduct() throws Exception {
        RecordingDaemon daemon = RecordingDaemon.start();
        System.setProperty(DAEMON_ADDRESS_PROPERTY, daemon.address());
        ServiceUnderTest catalog = CatalogUnderTest.start(TestDatabase.Engine.POSTGRESQL, "it_catalog_traced", Map.of(
                "shop.observability.mode", "xray",
                "shop.observability.xray.sampling-rules", "classpath:o11yshop/platform/observability/awsnative/tracing/sampling-rules-everything.json",
                "shop.images.local.directory", Files.createTempDirectory("catalog-traced-images").toString()));
        try {
            CatalogApi api = new CatalogApi(catalog.baseUrl());
            String sku = "TRACED-" + unique();
            long id = api.send("POST", "/products", admin(), productJson(sku, AUDIO, 1500)).json().path("id").asLong();
            JsonNode created = daemon.await(document -> request(document, "POST", "/products"), WAIT);
            assertAnnotated(SegmentTree.named(created, "create product"), id, "audio");
            assertThat(SegmentTree.named(created, "create product").path("metadata").path("default").path("sku").asString())
                    .isEqualTo(sku);

            assertThat(api.send("PUT", "/products/" + id, admin(), productJson(sku, AUDIO, 1800)).status()).isEqualTo(200);
            assertAnnotated(SegmentTree.named(daemon.await(document -> request(document, "PUT", "/products/" + id), WAIT),
                    "update product"), id, "audio");

            assertThat(api.send("DELETE", "/products/" + id, admin(), null).status()).isEqualTo(204);
            JsonNode deleted = daemon.await(document -> request(document, "DELETE", "/products/" + id), WAIT);
            assertThat(SegmentTree.named(deleted, "delete product").path("annotations").path("product_id").asLong()).isEqualTo(id);

            daemon.documents().forEach(SegmentDocumentSpec::check);
        } finally {
            catalog.stop();
            System.clearProperty(DAEMON_ADDRESS_PROPERTY);
            daemon.close();
        }
    }

    private static boolean request(JsonNode document, String method, String pathEnd) {
        JsonNode request = document.path("http").path("request");
        return "catalog".equals(document.path("name").asString()) && method.equals(request.path("method").asString())
                && request.path("url").asString().endsWith(pathEnd);
    }

    private static void assertAnnotated(JsonNode span, long productId, String category) {
        assertThat(span.path("annotations").path("product_id").asLong()).as(span.toString()).isEqualTo(productId);
        assertThat(span.path("annotations").path("category").asString()).as(span.toString()).isEqualTo(category);
        assertThat(SegmentTree.entities(span).anyMatch(entity -> entity.has("sql"))).as("its SQL is under it").isTrue();
    }
}

package o11yshop.inventory.stock;

import static o11yshop.inventory.InventoryUnderTest.newProductId;
import static o11yshop.inventory.InventoryUnderTest.tokenOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import o11yshop.inventory.InventoryApi;
import o11yshop.inventory.InventoryUnderTest;
import o11yshop.platform.testing.authz.TestUser;
import o11yshop.platform.observability.testing.RecordingDaemon;
import o11yshop.platform.observability.testing.SegmentDocumentSpec;
import o11yshop.platform.observability.testing.SegmentTree;
import o11yshop.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * In mode {@code xray}, an admin's receipt and adjustment are business spans annotated with the product
 * (O-TRACE-04), with the stock and audit statements they ran under them.
 */
class StockChangesTracedTest {

    private static final String DAEMON_ADDRESS_PROPERTY = "com.amazonaws.xray.emitters.daemonAddress";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void receivingAndAdjustingStockAreSpansAnnotatedWithTheProduct() {
        RecordingDaemon daemon = RecordingDaemon.start();
        System.setProperty(DAEMON_ADDRESS_PROPERTY, daemon.address());
        InventoryUnderTest inventory = InventoryUnderTest.start(TestDatabase.Engine.POSTGRESQL, "it_inventory_traced", Map.of(
                "shop.observability.mode", "xray",
                "shop.observability.xray.sampling-rules", "classpath:o11yshop/platform/observability/awsnative/tracing/sampling-rules-everything.json"));
        try {
            InventoryApi api = inventory.api();
            String admin = tokenOf(TestUser.ADMIN);
            long productId = newProductId();

            assertThat(api.post("/stock/" + productId + "/receipts", admin, "{\"quantity\":7}").status()).isEqualTo(201);
            JsonNode receive = SegmentTree.named(daemon.await(document -> request(document, productId + "/receipts"), WAIT),
                    "receive stock");
            assertThat(api.post("/stock/" + productId + "/adjustments", admin, "{\"delta\":-2,\"reason\":\"damaged\"}").status())
                    .isEqualTo(201);
            JsonNode adjust = SegmentTree.named(daemon.await(document -> request(document, productId + "/adjustments"), WAIT),
                    "adjust stock");

            assertThat(receive.path("annotations").path("product_id").asLong()).isEqualTo(productId);
            assertThat(receive.path("metadata").path("default").path("quantity").asInt()).isEqualTo(7);
            assertThat(adjust.path("annotations").path("product_id").asLong()).isEqualTo(productId);
            assertThat(adjust.path("metadata").path("default").path("reason").asString()).isEqualTo("damaged");
            assertThat(SegmentTree.entities(adjust).filter(entity -> entity.has("sql")).count())
                    .as("the stock change and its audit row").isGreaterThanOrEqualTo(2);
            daemon.documents().forEach(SegmentDocumentSpec::check);
        } finally {
            inventory.stop();
            System.clearProperty(DAEMON_ADDRESS_PROPERTY);
            daemon.close();
        }
    }

    private static boolean request(JsonNode document, String pathEnd) {
        JsonNode request = document.path("http").path("request");
        return "inventory".equals(document.path("name").asString()) && "POST".equals(request.path("method").asString())
                && request.path("url").asString().endsWith(pathEnd);
    }
}

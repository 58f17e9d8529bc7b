package o11yshop.catalog.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import o11yshop.catalog.CatalogUnderTest;
import o11yshop.platform.testing.ApiClient;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.ServiceUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Inventory slow or gone: the catalog still answers, with stock {@code unknown}, and reports itself
 * degraded but ready. "Slow" is a real TCP server that accepts connections and never answers; "gone"
 * is the same port once that server is closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryOutageTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.forService("catalog");

    private final List<Socket> heldConnections = new ArrayList<>();
    private ServerSocket silentInventory;
    private ServiceUnderTest catalog;
    private ApiClient api;

    @BeforeAll
    void startCatalogAgainstASilentInventory() throws IOException {
        silentInventory = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptAndNeverAnswer);
        catalog = CatalogUnderTest.withInventoryAt(
                "http://127.0.0.1:" + silentInventory.getLocalPort() + "/api/inventory");
        api = catalog.client();
    }

    @AfterAll
    void stop() throws IOException {
        catalog.stop();
        silentInventory.close();
    }

    @Test
    void aSlowInventoryMakesStockUnknownNotAnError() {
        assertStockUnknownOnListAndDetail();
    }

    @Test
    void aStoppedInventoryMakesStockUnknownNotAnError() throws IOException {
        ServerSocket refusing = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        int closedPort = refusing.getLocalPort();
        refusing.close();
        ServiceUnderTest isolated = CatalogUnderTest.withInventoryAt("http://127.0.0.1:" + closedPort + "/api/inventory");
        try {
            Response detail = isolated.client().get("/products/1");
            assertThat(detail.status()).isEqualTo(200);
            assertThat(detail.json().path("stock").path("status").asString()).isEqualTo("unknown");
        } finally {
            isolated.stop();
        }
    }

    @Test
    void theCatalogStaysReadyButDegraded() {
        Response readiness = api.get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("DEGRADED");
        assertThat(readiness.json().path("components").path("inventory").path("status").asString()).isEqualTo("DEGRADED");
        assertThat(readiness.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theWarningIsAJsonLineCarryingTheRequestId(CapturedOutput output) {
        api.get("/products/3", "X-Request-Id", "outage-req-42");

        String line = output.getOut().lines()
                .filter(candidate -> candidate.contains("outage-req-42") && candidate.contains("Inventory did not answer"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no warning with the request ID in:\n" + output.getOut()));
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asString()).isEqualTo("WARN");
        // no check of "service": this test JVM runs several services, and logging is one per JVM
        assertThat(json.path("request_id").asString()).isEqualTo("outage-req-42");
    }

    private void assertStockUnknownOnListAndDetail() {
        Response detail = api.get("/products/1");
        assertThat(detail.status()).isEqualTo(200);
        CONTRACT.assertResponse("GET", "/products/{productId}", 200, detail.contentType(), detail.body());
        assertThat(detail.json().path("stock").path("status").asString()).isEqualTo("unknown");
        assertThat(detail.json().path("stock").has("available")).isFalse();

        Response list = api.get("/products?size=5");
        assertThat(list.status()).isEqualTo(200);
        CONTRACT.assertResponse("GET", "/products", 200, list.contentType(), list.body());
        assertThat(list.json().path("items").valueStream().map(item -> item.path("stock").path("status").asString()))
                .containsOnly("unknown");
    }

    private void acceptAndNeverAnswer() {
        while (!silentInventory.isClosed()) {
            try {
                heldConnections.add(silentInventory.accept());
            } catch (IOException e) {
                return;
            }
        }
    }
}

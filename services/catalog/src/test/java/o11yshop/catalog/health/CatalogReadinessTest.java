package o11yshop.catalog.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import o11yshop.catalog.CatalogApplication;
import o11yshop.catalog.InventoryStub;
import o11yshop.platform.testing.ApiClient;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.ContractStub;
import o11yshop.platform.testing.DependencyOutage;
import o11yshop.platform.testing.Readiness;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TcpProxy;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The catalog's readiness with each dependency taken away for real and given back: the database behind
 * a {@link TcpProxy} that is cut, inventory (met at its contract) stopped and started again on its port, the embedded image
 * store's folder removed. Only the database makes the catalog {@code DOWN} (503). The S3 store's
 * {@code HeadBucket} is checked in {@code S3ImageStoreTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogReadinessTest {

    // these services come on top of the shared ones, on a database server other test runs share too
    private static final String SMALL_POOL = "spring.datasource.hikari.maximum-pool-size";

    private TcpProxy databaseLink;
    private Path images;
    private ContractStub inventory;
    private ServiceUnderTest catalog;
    private ApiClient api;
    private Readiness readiness;

    @BeforeAll
    void startTheCatalogWithEveryDependency() throws IOException {
        TestDatabase database = TestDatabases.postgres("it_catalog_ready");
        databaseLink = TcpProxy.toServerOf(database);
        TestDatabase throughTheLink = databaseLink.carrying(database);
        images = Files.createTempDirectory("catalog-ready-images");
        inventory = InventoryStub.start(0);
        catalog = ServiceUnderTest.start(CatalogApplication.builder(), throughTheLink, Map.of(
                "shop.inventory.base-url", inventory.baseUrl(),
                "shop.images.local.directory", images.toString(),
                // a broken connection is noticed when it is next borrowed; a new one is waited for this long at most
                "spring.datasource.hikari.connection-timeout", "3000",
                SMALL_POOL, "2"));
        api = catalog.client();
        readiness = Readiness.of(api);
    }

    @AfterAll
    void stopEverything() {
        catalog.stop();
        inventory.stop();
        databaseLink.close();
    }

    @Test
    void everyDependencyIsItsOwnComponentAndAllAreUp() {
        Response answer = readiness.awaitComponent("inventory", "UP");

        Readiness.assertAllUp(answer, "db", "inventory", "images", "readinessState");
    }

    @Test
    void withoutTheDatabaseTheCatalogIsDownAndComesBack() {
        readiness.assertDownWithoutTheDatabaseAndBack(databaseLink);
    }

    @Test
    void withoutInventoryTheCatalogServesDegradedAndComesBack() throws Exception {
        int port = URI.create(inventory.baseUrl()).getPort();
        DependencyOutage.assertDegradedUntilRestored(readiness, "inventory",
                () -> inventory.stop(), () -> inventory = InventoryStub.start(port),
                degraded -> assertThat(Readiness.reasonOf(degraded, "inventory")).contains("stock shown as unknown"));
    }

    @Test
    void withoutTheImageFolderTheCatalogServesDegradedAndComesBack() throws Exception {
        Path objects = images.resolve("objects");
        DependencyOutage.assertDegradedUntilRestored(readiness, "images",
                () -> Files.delete(objects), () -> Files.createDirectories(objects),
                degraded -> assertThat(Readiness.reasonOf(degraded, "images"))
                        .contains("does not exist").contains("products are served"));
    }
}

package o11yshop.order.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import o11yshop.catalog.CatalogApplication;
import o11yshop.inventory.InventoryApplication;
import o11yshop.order.OrderApplication;
import o11yshop.order.OrderUnderTest;
import o11yshop.platform.testing.ApiClient;
import o11yshop.platform.testing.ApiClient.Response;
import o11yshop.platform.testing.DependencyOutage;
import o11yshop.platform.testing.EmbeddedSqs;
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
 * The order service's readiness with each of its dependencies taken away for real and given back: the
 * database and the queue behind a {@link TcpProxy} that is cut, the catalog and inventory stopped and
 * started again on their ports. Only the database makes it {@code DOWN} (503); without any other it stays
 * in service, {@code DEGRADED} (200), naming the one that is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderReadinessTest {

    // these services come on top of the shared ones, on a database server other test runs share too
    private static final String SMALL_POOL = "spring.datasource.hikari.maximum-pool-size";

    private final EmbeddedSqs sqs = EmbeddedSqs.shared();
    private TcpProxy databaseLink;
    private TcpProxy queueLink;
    private String queueName;
    private ServiceUnderTest inventory;
    private ServiceUnderTest catalog;
    private ServiceUnderTest order;
    private ApiClient api;
    private Readiness readiness;

    @BeforeAll
    void startTheShopWithEveryDependency() {
        TestDatabase database = TestDatabases.postgres("it_order_ready");
        databaseLink = TcpProxy.toServerOf(database);
        TestDatabase throughTheLink = databaseLink.carrying(database);
        queueName = "order-ready-" + UUID.randomUUID();
        String queueUrl = createQueue();
        queueLink = TcpProxy.to("127.0.0.1", sqs.endpoint().getPort());

        inventory = startInventory(0);
        catalog = startCatalog(0);
        Map<String, String> properties = EmbeddedSqs.orderEventsSettings(queueUrl,
                URI.create("http://127.0.0.1:" + queueLink.port()),
                "shop.security.issuer", OrderUnderTest.issuer(),
                "shop.catalog.base-url", catalog.baseUrl(),
                "shop.inventory.base-url", inventory.baseUrl());
        // a broken connection is noticed when it is next borrowed; a new one is waited for this long at most
        properties.put("spring.datasource.hikari.connection-timeout", "3000");
        properties.put(SMALL_POOL, "2");
        properties.putAll(OrderUnderTest.serviceIdentity());
        order = ServiceUnderTest.start(OrderApplication.builder(), throughTheLink, properties);
        api = order.client();
        readiness = Readiness.of(api);
    }

    @AfterAll
    void stopEverything() {
        order.stop();
        catalog.stop();
        inventory.stop();
        queueLink.close();
        databaseLink.close();
    }

    @Test
    void everyDependencyIsItsOwnComponentAndAllAreUp() {
        Response answer = readiness.awaitComponent("queue", "UP");

        Readiness.assertAllUp(answer, "db", "catalog", "inventory", "queue", "readinessState");
    }

    @Test
    void withoutTheDatabaseTheServiceIsDownAndComesBack() {
        readiness.assertDownWithoutTheDatabaseAndBack(databaseLink);
    }

    @Test
    void withoutTheQueueOrdersAreStillTakenIntoTheOutbox() throws Exception {
        Response back = DependencyOutage.assertDegradedUntilRestored(readiness, "queue",
                queueLink::cut, queueLink::restore, degraded -> {
                    assertThat(Readiness.reasonOf(degraded, "queue")).contains("does not answer").contains("outbox");
                    assertThat(degraded.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
                });

        assertThat(back.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aQueueThatDoesNotExistIsNamedAsSuch() {
        readiness.assertDegradedWhileTheQueueIsMissing(sqs, queueName);
    }

    @Test
    void withoutInventoryCheckoutIsUnavailableButTheServiceStaysIn() throws Exception {
        int port = URI.create(inventory.baseUrl()).getPort();
        DependencyOutage.assertDegradedUntilRestored(readiness, "inventory",
                () -> inventory.stop(), () -> inventory = startInventory(port), degraded -> {
                    assertThat(Readiness.reasonOf(degraded, "inventory")).contains("Inventory does not answer").contains("checkout");
                    // the catalog, itself degraded without inventory, still serves: it is up as far as order is concerned
                    assertThat(degraded.json().path("components").path("catalog").path("status").asString()).isEqualTo("UP");
                });
    }

    @Test
    void withoutTheCatalogTheServiceStaysInAndSaysWhatIsMissing() throws Exception {
        int port = URI.create(catalog.baseUrl()).getPort();
        DependencyOutage.assertDegradedUntilRestored(readiness, "catalog",
                () -> catalog.stop(), () -> catalog = startCatalog(port),
                degraded -> assertThat(Readiness.reasonOf(degraded, "catalog")).contains("catalog does not answer"));
    }

    private String createQueue() {
        return sqs.client().createQueue(request -> request.queueName(queueName)).queueUrl();
    }

    private ServiceUnderTest startInventory(int port) {
        return ServiceUnderTest.start(InventoryApplication.builder(), TestDatabases.postgres("it_order_ready_inventory"),
                Map.of("server.port", String.valueOf(port), "shop.security.issuer", OrderUnderTest.issuer(), SMALL_POOL, "2"));
    }

    private ServiceUnderTest startCatalog(int port) {
        return ServiceUnderTest.start(CatalogApplication.builder(), TestDatabases.postgres("it_order_ready_catalog"),
                Map.of("server.port", String.valueOf(port), "shop.security.issuer", OrderUnderTest.issuer(),
                        "shop.inventory.base-url", inventory.baseUrl(), SMALL_POOL, "2"));
    }
}

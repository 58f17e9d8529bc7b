package o11yshop.order.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import o11yshop.catalog.CatalogApplication;
import o11yshop.inventory.InventoryApplication;
import o11yshop.order.OrderApplication;
import o11yshop.order.ShopUnderTest;
import o11yshop.platform.testing.ApiClient;
import o11yshop.platform.testing.ApiClient.Response;
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

    private static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:]+):(\\d+)/");
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
        Matcher server = HOST_AND_PORT.matcher(database.url());
        assertThat(server.find()).as(database.url()).isTrue();
        databaseLink = TcpProxy.to(server.group(1), Integer.parseInt(server.group(2)));
        TestDatabase throughTheLink = new TestDatabase(database.engine(),
                database.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + databaseLink.port() + "/"),
                database.username(), database.password(), database.schema());
        queueName = "order-ready-" + UUID.randomUUID();
        String queueUrl = createQueue();
        queueLink = TcpProxy.to("127.0.0.1", sqs.endpoint().getPort());

        inventory = startInventory(0);
        catalog = startCatalog(0);
        Map<String, String> properties = new HashMap<>(Map.of(
                "shop.security.issuer", ShopUnderTest.issuer(),
                "shop.catalog.base-url", catalog.baseUrl(),
                "shop.inventory.base-url", inventory.baseUrl(),
                "shop.events.order-queue-url", queueUrl,
                "shop.events.sqs.endpoint", "http://127.0.0.1:" + queueLink.port(),
                "shop.events.sqs.region", EmbeddedSqs.REGION,
                "shop.events.sqs.access-key-id", EmbeddedSqs.ACCESS_KEY_ID,
                "shop.events.sqs.secret-access-key", EmbeddedSqs.SECRET_ACCESS_KEY));
        // a broken connection is noticed when it is next borrowed; a new one is waited for this long at most
        properties.put("spring.datasource.hikari.connection-timeout", "3000");
        properties.put(SMALL_POOL, "2");
        properties.putAll(ShopUnderTest.serviceIdentity());
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

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asString()).as(answer.body()).isEqualTo("UP");
        for (String component : new String[] {"db", "catalog", "inventory", "queue", "readinessState"}) {
            assertThat(answer.json().path("components").path(component).path("status").asString())
                    .as(component).isEqualTo("UP");
        }
        Readiness.assertNothingInternal(answer);
    }

    @Test
    void withoutTheDatabaseTheServiceIsDownAndComesBack() {
        readiness.awaitComponent("db", "UP");
        databaseLink.cut();
        try {
            Response down = readiness.awaitComponent("db", "DOWN");

            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().path("status").asString()).isEqualTo("DOWN");
            assertThat(Readiness.reasonOf(down, "db")).contains("database does not answer");
            assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        } finally {
            databaseLink.restore();
        }
        assertThat(readiness.awaitComponent("db", "UP").status()).isEqualTo(200);
    }

    @Test
    void withoutTheQueueOrdersAreStillTakenIntoTheOutbox() {
        readiness.awaitComponent("queue", "UP");
        queueLink.cut();
        try {
            Response degraded = readiness.awaitComponent("queue", "DEGRADED");

            assertThat(degraded.status()).isEqualTo(200);
            assertThat(degraded.json().path("status").asString()).isEqualTo("DEGRADED");
            assertThat(Readiness.reasonOf(degraded, "queue")).contains("does not answer").contains("outbox");
            assertThat(degraded.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        } finally {
            queueLink.restore();
        }
        assertThat(readiness.awaitComponent("queue", "UP").json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aQueueThatDoesNotExistIsNamedAsSuch() {
        readiness.awaitComponent("queue", "UP");
        String queueUrl = sqs.client().getQueueUrl(request -> request.queueName(queueName)).queueUrl();
        sqs.client().deleteQueue(request -> request.queueUrl(queueUrl));
        try {
            Response degraded = readiness.awaitComponent("queue", "DEGRADED");

            assertThat(degraded.status()).isEqualTo(200);
            assertThat(Readiness.reasonOf(degraded, "queue")).contains("does not exist");
        } finally {
            createQueue();
        }
        readiness.awaitComponent("queue", "UP");
    }

    @Test
    void withoutInventoryCheckoutIsUnavailableButTheServiceStaysIn() {
        readiness.awaitComponent("inventory", "UP");
        int port = URI.create(inventory.baseUrl()).getPort();
        inventory.stop();
        try {
            Response degraded = readiness.awaitComponent("inventory", "DEGRADED");

            assertThat(degraded.status()).isEqualTo(200);
            assertThat(degraded.json().path("status").asString()).isEqualTo("DEGRADED");
            assertThat(Readiness.reasonOf(degraded, "inventory")).contains("Inventory does not answer").contains("checkout");
            // the catalog, itself degraded without inventory, still serves: it is up as far as order is concerned
            assertThat(degraded.json().path("components").path("catalog").path("status").asString()).isEqualTo("UP");
        } finally {
            inventory = startInventory(port);
        }
        readiness.awaitComponent("inventory", "UP");
    }

    @Test
    void withoutTheCatalogTheServiceStaysInAndSaysWhatIsMissing() {
        readiness.awaitComponent("catalog", "UP");
        int port = URI.create(catalog.baseUrl()).getPort();
        catalog.stop();
        try {
            Response degraded = readiness.awaitComponent("catalog", "DEGRADED");

            assertThat(degraded.status()).isEqualTo(200);
            assertThat(Readiness.reasonOf(degraded, "catalog")).contains("catalog does not answer");
        } finally {
            catalog = startCatalog(port);
        }
        readiness.awaitComponent("catalog", "UP");
    }

    private String createQueue() {
        return sqs.client().createQueue(request -> request.queueName(queueName)).queueUrl();
    }

    private ServiceUnderTest startInventory(int port) {
        return ServiceUnderTest.start(InventoryApplication.builder(), TestDatabases.postgres("it_order_ready_inventory"),
                Map.of("server.port", String.valueOf(port), "shop.security.issuer", ShopUnderTest.issuer(), SMALL_POOL, "2"));
    }

    private ServiceUnderTest startCatalog(int port) {
        return ServiceUnderTest.start(CatalogApplication.builder(), TestDatabases.postgres("it_order_ready_catalog"),
                Map.of("server.port", String.valueOf(port), "shop.security.issuer", ShopUnderTest.issuer(),
                        "shop.inventory.base-url", inventory.baseUrl(), SMALL_POOL, "2"));
    }
}

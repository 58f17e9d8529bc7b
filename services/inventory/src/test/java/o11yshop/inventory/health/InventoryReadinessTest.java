package o11yshop.inventory.health;

import java.net.URI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import o11yshop.inventory.InventoryApplication;
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
 * Inventory's readiness with each dependency taken away for real and given back: the database and the
 * queue (ElasticMQ) behind a {@link TcpProxy} that is cut, and the queue deleted. Only the database makes
 * inventory {@code DOWN} (503); without the queue it still serves stock, {@code DEGRADED} (200).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryReadinessTest {

    private final EmbeddedSqs sqs = EmbeddedSqs.shared();
    private TcpProxy databaseLink;
    private TcpProxy queueLink;
    private String queueName;
    private ServiceUnderTest inventory;
    private ApiClient api;
    private Readiness readiness;

    @BeforeAll
    void startInventoryWithEveryDependency() {
        TestDatabase database = TestDatabases.postgres("it_inventory_ready");
        databaseLink = TcpProxy.toServerOf(database);
        TestDatabase throughTheLink = databaseLink.carrying(database);
        queueName = "inventory-ready-" + UUID.randomUUID();
        String queueUrl = createQueue();
        queueLink = TcpProxy.to("127.0.0.1", sqs.endpoint().getPort());
        inventory = ServiceUnderTest.start(InventoryApplication.builder(), throughTheLink,
                EmbeddedSqs.orderEventsSettings(queueUrl, URI.create("http://127.0.0.1:" + queueLink.port()),
                "shop.events.consumer.wait-time", "1s",
                // a broken connection is noticed when it is next borrowed; a new one is waited for this long at most
                "spring.datasource.hikari.connection-timeout", "3000",
                // on top of the shared services, on a database server other test runs share too
                "spring.datasource.hikari.maximum-pool-size", "2"));
        api = inventory.client();
        readiness = Readiness.of(api);
    }

    @AfterAll
    void stopEverything() {
        inventory.stop();
        queueLink.close();
        databaseLink.close();
    }

    @Test
    void everyDependencyIsItsOwnComponentAndAllAreUp() {
        Response answer = readiness.awaitComponent("queue", "UP");

        Readiness.assertAllUp(answer, "db", "queue", "readinessState");
    }

    @Test
    void withoutTheDatabaseInventoryIsDownAndComesBack() {
        readiness.assertDownWithoutTheDatabaseAndBack(databaseLink);
    }

    @Test
    void withoutTheQueueStockIsStillServedDegraded() throws Exception {
        Response back = DependencyOutage.assertDegradedUntilRestored(readiness, "queue",
                queueLink::cut, queueLink::restore, degraded -> {
                    assertThat(Readiness.reasonOf(degraded, "queue")).contains("does not answer").contains("committed when it is back");
                    assertThat(api.get("/stock/1").status()).isEqualTo(200);
                });

        assertThat(back.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aQueueThatDoesNotExistIsNamedAsSuch() {
        readiness.assertDegradedWhileTheQueueIsMissing(sqs, queueName);
    }

    private String createQueue() {
        return sqs.client().createQueue(request -> request.queueName(queueName)).queueUrl();
    }
}

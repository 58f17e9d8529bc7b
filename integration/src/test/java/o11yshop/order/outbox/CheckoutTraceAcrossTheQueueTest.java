package o11yshop.order.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import o11yshop.inventory.InventoryApplication;
import o11yshop.order.Checkouts;
import o11yshop.order.OrderUnderTest;
import o11yshop.order.ShopUnderTest;
import o11yshop.order.ShopperClient;
import o11yshop.platform.observability.testing.RecordingDaemon;
import o11yshop.platform.observability.testing.SegmentDocumentSpec;
import o11yshop.platform.observability.testing.SegmentTree;
import o11yshop.platform.testing.EmbeddedSqs;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * In mode {@code xray}, one checkout is one trace from the order service through the queue to the
 * inventory service that commits its stock (O-TRACE-02): the request's segment, the relay's segment
 * publishing the event, and inventory's segment for the message, each under the one before; the SQS calls
 * (send, acknowledge) are AWS SDK subsegments in them. The reservation call to inventory is a remote
 * subsegment of the checkout, and so is, just before it, the order service's fetch of its own token.
 */
class CheckoutTraceAcrossTheQueueTest {

    private static final long PRODUCT = 28;
    private static final String DAEMON_ADDRESS_PROPERTY = "com.amazonaws.xray.emitters.daemonAddress";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void theCheckoutTheRelayAndTheConsumerAreOneTrace() {
        EmbeddedSqs sqs = EmbeddedSqs.shared();
        String queueUrl = sqs.client().createQueue(request -> request.queueName("order-events-" + UUID.randomUUID())).queueUrl();
        Map<String, String> tracedQueue = EmbeddedSqs.orderEventsSettings(queueUrl, sqs.endpoint(),
                "shop.observability.mode", "xray");
        RecordingDaemon daemon = RecordingDaemon.start();
        System.setProperty(DAEMON_ADDRESS_PROPERTY, daemon.address());
        ServiceUnderTest inventory = ServiceUnderTest.start(InventoryApplication.builder(),
                TestDatabases.postgres("it_order_trace_inventory"),
                with(tracedQueue, Map.of("shop.security.issuer", OrderUnderTest.issuer(), "shop.events.consumer.wait-time", "1s")));
        ServiceUnderTest order = ShopUnderTest.separateOrderService(TestDatabase.Engine.POSTGRESQL,
                TestDatabases.postgres("it_order_trace"),
                with(tracedQueue, Map.of("shop.inventory.base-url", inventory.baseUrl(), "shop.events.relay.interval", "200ms")));
        try {
            ShopperClient client = ShopperClient.of(order, OrderUnderTest.newShopper());
            assertThat(client.put("/cart/items/" + PRODUCT, "{\"quantity\":1}").status()).isEqualTo(200);

            ShopperClient.Answer placed = client.checkout(UUID.randomUUID().toString(), Checkouts.approved());

            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            String orderNumber = placed.json().path("orderNumber").asString();
            JsonNode checkout = daemon.await(document -> "order".equals(document.path("name").asString())
                    && document.path("http").path("request").path("method").asString().equals("POST")
                    && document.path("http").path("request").path("url").asString().endsWith("/orders"), WAIT);
            String traceId = checkout.path("trace_id").asString();
            JsonNode createOrder = SegmentTree.named(checkout, "create order");
            assertThat(SegmentTree.named(checkout, "checkout").path("annotations").path("order_id").asString())
                    .isEqualTo(orderNumber);
            JsonNode relay = daemon.await(document -> "order".equals(document.path("name").asString())
                    && traceId.equals(document.path("trace_id").asString()) && !document.has("http"), WAIT);
            JsonNode consumer = daemon.await(document -> "inventory".equals(document.path("name").asString())
                    && traceId.equals(document.path("trace_id").asString()) && !document.has("http"), WAIT);

            List.of(checkout, relay, consumer).forEach(SegmentDocumentSpec::check);
            JsonNode tokenCall = remoteCall(checkout, "/oauth2/token");
            JsonNode reservationCall = remoteCall(checkout, "/reservations");
            assertThat(SegmentTree.entities(reservationCall).map(entity -> entity.path("id").asString()))
                    .as("the token is fetched before the reservation call, not inside it")
                    .doesNotContain(tokenCall.path("id").asString());
            assertThat(tokenCall.path("end_time").asDouble()).isLessThanOrEqualTo(reservationCall.path("start_time").asDouble());
            assertThat(relay.path("parent_id").asString()).as("the relay publishes under the step that wrote the event")
                    .isEqualTo(createOrder.path("id").asString());
            assertThat(consumer.path("parent_id").asString()).as("inventory works under the relay's publishing")
                    .isEqualTo(relay.path("id").asString());
            assertThat(SegmentTree.entities(consumer).anyMatch(entity -> entity.has("sql"))).as("the commit's SQL is in the trace").isTrue();
            assertThat(awsCall(relay, "SendMessage").path("aws").path("queue_url").asString())
                    .as("the relay's SQS call is a subsegment of its own").isEqualTo(queueUrl);
            assertThat(awsCall(consumer, "DeleteMessage").path("aws").path("queue_url").asString())
                    .as("the consumer acknowledges the message inside the trace").isEqualTo(queueUrl);
        } finally {
            order.stop();
            inventory.stop();
            System.clearProperty(DAEMON_ADDRESS_PROPERTY);
            daemon.close();
        }
    }

    /** The subsegment of the one HTTP call to another service whose URL ends so. */
    private static JsonNode remoteCall(JsonNode document, String urlEnd) {
        return SegmentTree.entities(document).filter(entity -> "remote".equals(entity.path("namespace").asString())
                        && entity.path("http").path("request").path("url").asString().endsWith(urlEnd))
                .findFirst().orElseThrow(() -> new AssertionError("no call to …" + urlEnd + " in " + document));
    }

    /** The AWS SDK call's subsegment, as the X-Ray SDK's instrumentation records it. */
    private static JsonNode awsCall(JsonNode document, String operation) {
        return SegmentTree.entities(document).filter(entity -> "aws".equals(entity.path("namespace").asString())
                        && "Sqs".equals(entity.path("name").asString())
                        && operation.equals(entity.path("aws").path("operation").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no SQS " + operation + " subsegment in " + document));
    }

    private static Map<String, String> with(Map<String, String> first, Map<String, String> second) {
        HashMap<String, String> all = new HashMap<>(first);
        all.putAll(second);
        return all;
    }
}

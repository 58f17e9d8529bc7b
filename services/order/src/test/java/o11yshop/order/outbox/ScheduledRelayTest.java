package o11yshop.order.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import o11yshop.order.Checkouts;
import o11yshop.order.OrderUnderTest;
import o11yshop.order.ShopperClient;
import o11yshop.platform.testing.EmbeddedSqs;
import o11yshop.platform.testing.ServiceUnderTest;
import o11yshop.platform.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

/** With a queue configured, the relay runs by itself: a placed order's event arrives without anyone asking. */
class ScheduledRelayTest {

    @Test
    void aPlacedOrdersEventArrivesOnTheQueueByItself() {
        EmbeddedSqs sqs = EmbeddedSqs.shared();
        String queueUrl = sqs.client().createQueue(request -> request.queueName("order-events-" + UUID.randomUUID())).queueUrl();
        ServiceUnderTest order = OrderUnderTest.separateOrderService(TestDatabases.postgres("it_order_scheduled_relay"), EmbeddedSqs.orderEventsSettings(queueUrl, sqs.endpoint(),
                        "shop.events.relay.interval", "200ms"));
        try {
            ShopperClient client = ShopperClient.of(order, OrderUnderTest.newShopper());
            assertThat(client.put("/cart/items/25", "{\"quantity\":1}").status()).isEqualTo(200);
            String orderId = client.checkout(UUID.randomUUID().toString(), Checkouts.approved()).json().path("orderId").asString();

            assertThat(awaitMessage(sqs, queueUrl).body()).contains(orderId);
        } finally {
            order.stop();
        }
    }

    private static Message awaitMessage(EmbeddedSqs sqs, String queueUrl) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            List<Message> messages = sqs.client().receiveMessage(request -> request.queueUrl(queueUrl)
                    .maxNumberOfMessages(1).waitTimeSeconds(1)).messages();
            if (!messages.isEmpty()) {
                return messages.getFirst();
            }
        }
        throw new AssertionError("No message arrived on " + queueUrl);
    }
}

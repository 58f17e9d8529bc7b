package o11yshop.inventory.events;

import o11yshop.platform.aws.QueueReadiness;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The queue of {@code OrderPlaced} events in inventory's readiness: {@code DEGRADED}, never {@code DOWN}.
 * Stock is still shown, reserved and received without it; what waits is the commit of the reservations of
 * orders placed meanwhile, which the consumer applies once the queue is back — and every inventory task
 * reads the same queue, so taking them out of the load balancer would mend nothing. Asked with the
 * consumer's own SQS client ({@code GetQueueAttributes} of the configured queue, one attribute).
 */
@Component("queueHealthIndicator")
class QueueHealthIndicator extends QueueReadiness {

    private static final String UNREACHABLE = "The queue does not answer: stock is shown "
            + "and reserved as usual; the reservations of orders placed meanwhile are committed when it is back, "
            + "and released if it stays away longer than a reservation lives.";
    private static final String MISSING = "The queue does not exist: stock is shown and "
            + "reserved as usual, but no placed order's reservation is committed until the queue is created.";
    private static final String NOT_CONFIGURED = "No queue is configured "
            + "(shop.events.order-queue-url): inventory hears of no placed order, so no reservation is committed.";

    QueueHealthIndicator(EventsProperties properties, ObjectProvider<SqsClient> orderEventsSqsClient) {
        super(properties.orderQueueUrl(), orderEventsSqsClient::getObject, UNREACHABLE, MISSING, NOT_CONFIGURED);
    }
}

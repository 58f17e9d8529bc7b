package o11yshop.order.outbox;

import o11yshop.platform.aws.QueueReadiness;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The queue of {@code OrderPlaced} events in the order service's readiness: {@code DEGRADED}, never
 * {@code DOWN}. Checkout writes the event into the outbox in the order's own transaction, so orders are
 * still taken while the queue is away; the relay sends what waited once it is back. Asked with the
 * relay's own SQS client ({@code GetQueueAttributes} of the configured queue, one attribute).
 */
@Component("queueHealthIndicator")
class QueueHealthIndicator extends QueueReadiness {

    private static final String UNREACHABLE = "The queue does not answer: orders are still "
            + "taken; their OrderPlaced events wait in the outbox and are sent when it is back.";
    private static final String MISSING = "The queue does not exist: orders are still taken; "
            + "their OrderPlaced events wait in the outbox until the queue is created.";
    private static final String NOT_CONFIGURED = "No queue is configured "
            + "(shop.events.order-queue-url): OrderPlaced events stay in the outbox.";

    QueueHealthIndicator(EventsProperties properties, ObjectProvider<SqsClient> orderEventsSqsClient) {
        super(properties.orderQueueUrl(), orderEventsSqsClient::getObject, UNREACHABLE, MISSING, NOT_CONFIGURED);
    }
}

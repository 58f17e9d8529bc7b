package o11yshop.inventory.events;

import java.time.Duration;
import o11yshop.platform.web.health.DependencyCheck;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * The queue of {@code OrderPlaced} events in inventory's readiness: {@code DEGRADED}, never {@code DOWN}.
 * Stock is still shown, reserved and received without it; what waits is the commit of the reservations of
 * orders placed meanwhile, which the consumer applies once the queue is back — and every inventory task
 * reads the same queue, so taking them out of the load balancer would mend nothing. Asked with the
 * consumer's own SQS client ({@code GetQueueAttributes} of the configured queue, one attribute).
 */
@Component("queueHealthIndicator")
class QueueHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Health UNREACHABLE = DependencyCheck.degraded("The queue does not answer: stock is shown "
            + "and reserved as usual; the reservations of orders placed meanwhile are committed when it is back, "
            + "and released if it stays away longer than a reservation lives.");
    private static final Health MISSING = DependencyCheck.degraded("The queue does not exist: stock is shown and "
            + "reserved as usual, but no placed order's reservation is committed until the queue is created.");
    private static final Health NOT_CONFIGURED = DependencyCheck.degraded("No queue is configured "
            + "(shop.events.order-queue-url): inventory hears of no placed order, so no reservation is committed.");

    private final DependencyCheck check;

    QueueHealthIndicator(EventsProperties properties, ObjectProvider<SqsClient> orderEventsSqsClient) {
        String queueUrl = properties.orderQueueUrl();
        this.check = queueUrl == null || queueUrl.isBlank()
                ? new DependencyCheck("queue", TIMEOUT, NOT_CONFIGURED, () -> {
                    throw new IllegalStateException("shop.events.order-queue-url is not set");
                })
                : new DependencyCheck("queue", TIMEOUT, UNREACHABLE, () -> ask(orderEventsSqsClient.getObject(), queueUrl));
    }

    @Override
    public Health health() {
        return check.health();
    }

    private static void ask(SqsClient sqs, String queueUrl) throws DependencyCheck.Failed {
        try {
            sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)
                    .overrideConfiguration(call -> call.apiCallTimeout(TIMEOUT)));
        } catch (QueueDoesNotExistException e) {
            throw new DependencyCheck.Failed(MISSING, e);
        }
    }
}

package o11yshop.order.outbox;

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
 * The queue of {@code OrderPlaced} events in the order service's readiness: {@code DEGRADED}, never
 * {@code DOWN}. Checkout writes the event into the outbox in the order's own transaction, so orders are
 * still taken while the queue is away; the relay sends what waited once it is back. Asked with the
 * relay's own SQS client ({@code GetQueueAttributes} of the configured queue, one attribute).
 */
@Component("queueHealthIndicator")
class QueueHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Health UNREACHABLE = DependencyCheck.degraded("The queue does not answer: orders are still "
            + "taken; their OrderPlaced events wait in the outbox and are sent when it is back.");
    private static final Health MISSING = DependencyCheck.degraded("The queue does not exist: orders are still taken; "
            + "their OrderPlaced events wait in the outbox until the queue is created.");
    private static final Health NOT_CONFIGURED = DependencyCheck.degraded("No queue is configured "
            + "(shop.events.order-queue-url): OrderPlaced events stay in the outbox.");

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

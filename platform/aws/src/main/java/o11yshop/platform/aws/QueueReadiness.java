package o11yshop.platform.aws;

import java.time.Duration;
import java.util.function.Supplier;
import o11yshop.platform.web.health.DependencyCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * An SQS queue in a service's readiness: {@code DEGRADED}, never {@code DOWN}, with one of three answers
 * the service words itself — the queue does not answer, does not exist, or is not configured. Asked with
 * the service's own SQS client ({@code GetQueueAttributes} of the configured queue, one attribute); each
 * service says in its subclass why a missing queue must not take it out of the load balancer.
 */
public class QueueReadiness implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final DependencyCheck check;

    /**
     * @param queueUrl the configured queue; none when unset or blank
     * @param sqs the client to ask with, taken only when there is a queue to ask
     * @param whenUnreachable the reason when the queue does not answer (or not within a second)
     * @param whenMissing the reason when SQS answers that the queue does not exist
     * @param whenNotConfigured the reason when there is no queue URL
     */
    public QueueReadiness(@Nullable String queueUrl, Supplier<SqsClient> sqs, String whenUnreachable,
            String whenMissing, String whenNotConfigured) {
        Health missing = DependencyCheck.degraded(whenMissing);
        this.check = queueUrl == null || queueUrl.isBlank()
                ? new DependencyCheck("queue", TIMEOUT, DependencyCheck.degraded(whenNotConfigured), () -> {
                    throw new IllegalStateException("no queue URL is configured");
                })
                : new DependencyCheck("queue", TIMEOUT, DependencyCheck.degraded(whenUnreachable),
                        () -> ask(sqs.get(), queueUrl, missing));
    }

    @Override
    public final Health health() {
        return check.health();
    }

    private static void ask(SqsClient sqs, String queueUrl, Health missing) throws DependencyCheck.Failed {
        try {
            sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)
                    .overrideConfiguration(call -> call.apiCallTimeout(TIMEOUT)));
        } catch (QueueDoesNotExistException e) {
            throw new DependencyCheck.Failed(missing, e);
        }
    }
}

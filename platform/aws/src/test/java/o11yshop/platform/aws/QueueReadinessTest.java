package o11yshop.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;

import o11yshop.platform.web.health.DependencyCheck;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The answer without a queue; a queue that is away or missing is checked by the services' readiness tests. */
class QueueReadinessTest {

    @Test
    void withoutAQueueUrlTheQueueIsDegradedAndNoClientIsTaken() {
        for (String queueUrl : new String[] {null, " "}) {
            QueueReadiness readiness = new QueueReadiness(queueUrl, QueueReadinessTest::noClient,
                    "does not answer", "does not exist", "no queue is configured");

            Health answer = readiness.health();

            assertThat(answer.getStatus()).isEqualTo(DependencyCheck.DEGRADED);
            assertThat(answer.getDetails()).containsEntry("reason", "no queue is configured");
        }
    }

    private static SqsClient noClient() {
        throw new AssertionError("a client was taken without a queue to ask");
    }
}

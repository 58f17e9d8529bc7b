package o11yshop.inventory.events;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where inventory's events come from.
 *
 * @param orderQueueUrl the queue of {@code OrderPlaced} events; without one, inventory consumes no events
 * @param sqs how to reach SQS
 */
@ConfigurationProperties("shop.events")
record EventsProperties(@Nullable String orderQueueUrl, @DefaultValue Sqs sqs) {

    /**
     * @param endpoint an SQS-compatible endpoint (the embedded ElasticMQ, Floci); AWS's own when unset
     * @param region the AWS region; the SDK's default chain ({@code AWS_REGION}) when unset
     * @param accessKeyId only for a local emulator, which accepts any; in AWS the SDK's default chain
     *        (the task role) supplies credentials
     * @param secretAccessKey goes with {@code accessKeyId}
     * @param waitTime how long one receive waits for messages (long polling; SQS allows 0 to 20 seconds)
     * @param maxMessages at most this many messages per receive (SQS allows 1 to 10)
     */
    record Sqs(@Nullable URI endpoint, @Nullable String region, @Nullable String accessKeyId,
            @Nullable String secretAccessKey, @DefaultValue("20s") Duration waitTime, @DefaultValue("10") int maxMessages) {
    }
}

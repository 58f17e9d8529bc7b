package o11yshop.order.outbox;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where order events go.
 *
 * @param orderQueueUrl the queue of {@code OrderPlaced} events; without one nothing is published and the
 *        events wait in the outbox
 * @param sqs how to reach SQS
 * @param relay how often the outbox is emptied
 */
@ConfigurationProperties("shop.events")
record EventsProperties(@Nullable String orderQueueUrl, @DefaultValue Sqs sqs, @DefaultValue Relay relay) {

    /**
     * @param endpoint an SQS-compatible endpoint (the embedded ElasticMQ, Floci); AWS's own when unset
     * @param region the AWS region; the SDK's default chain ({@code AWS_REGION}) when unset
     * @param accessKeyId only for a local emulator, which accepts any; in AWS the SDK's default chain
     *        (the task role) supplies credentials
     * @param secretAccessKey goes with {@code accessKeyId}
     */
    record Sqs(@Nullable URI endpoint, @Nullable String region, @Nullable String accessKeyId,
            @Nullable String secretAccessKey) {
    }

    /**
     * @param interval the pause between two runs of the relay, and before the first
     * @param batchSize events published per transaction
     */
    record Relay(@DefaultValue("1s") Duration interval, @DefaultValue("50") int batchSize) {
    }
}

package o11yshop.order.outbox;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where order events go.
 *
 * @param orderQueueUrl the queue of {@code OrderPlaced} events; without one nothing is published and the
 *        events wait in the outbox
 * @param relay how often the outbox is emptied
 */
@ConfigurationProperties("shop.events")
record EventsProperties(@Nullable String orderQueueUrl, @DefaultValue Relay relay) {

    /**
     * @param interval the pause between two runs of the relay, and before the first
     * @param batchSize events published per transaction
     */
    record Relay(@DefaultValue("1s") Duration interval, @DefaultValue("50") int batchSize) {
    }
}

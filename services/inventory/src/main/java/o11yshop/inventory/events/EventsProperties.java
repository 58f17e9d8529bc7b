package o11yshop.inventory.events;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where inventory's events come from.
 *
 * @param orderQueueUrl the queue of {@code OrderPlaced} events; without one, inventory consumes no events
 * @param consumer how the queue is read
 */
@ConfigurationProperties("shop.events")
record EventsProperties(@Nullable String orderQueueUrl, @DefaultValue Consumer consumer) {

    /**
     * @param waitTime how long one receive waits for messages (long polling; SQS allows 0 to 20 seconds)
     * @param maxMessages at most this many messages per receive (SQS allows 1 to 10)
     */
    record Consumer(@DefaultValue("20s") Duration waitTime, @DefaultValue("10") int maxMessages) {
    }
}

package o11yshop.order.outbox;

import java.time.Clock;
import java.util.List;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves events from the outbox to the {@link OrderEventPublisher}, oldest first. A row is marked
 * published only after the publisher took the event; when publishing fails the row stays unpublished
 * with the error and the run stops, so the next run retries it first and events keep their order. If
 * the service stops between publishing and marking, the event is published again on the next run:
 * delivery is at least once, and consumers apply each event ID once.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final OrderEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final Observability observability;

    OutboxRelay(OutboxRepository outbox, OrderEventPublisher publisher, TransactionTemplate transactions, Clock clock, int batchSize,
            Observability observability) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.observability = observability;
    }

    /** Publishes what is waiting, batch by batch, until nothing is or a publish fails; answers how many were published. */
    public int publishPending() {
        int published = 0;
        while (true) {
            Batch batch = transactions.execute(tx -> publishBatch());
            published += batch.published();
            if (batch.failed() || batch.published() < batchSize) {
                return published;
            }
        }
    }

    private record Batch(int published, boolean failed) {
    }

    private Batch publishBatch() {
        List<OutboxRepository.Pending> pending = outbox.lockUnpublished(batchSize);
        int published = 0;
        for (OutboxRepository.Pending event : pending) {
            // publishing is part of the trace of the request that wrote the event: the consumer continues it
            try (BusinessSpan publishing = observability.continueTrace(event.traceHeader())) {
                publishing.metadata("event_type", event.message().type()).metadata("event_id", event.message().eventId());
                publisher.publish(event.message(), observability.currentTraceHeader());
            } catch (RuntimeException e) {
                log.warn("Could not publish {} {} (outbox position {}); it stays in the outbox and is retried: {}",
                        event.message().type(), event.message().eventId(), event.position(), e.getMessage());
                outbox.markFailed(event.position(), String.valueOf(e.getMessage()));
                return new Batch(published, true);
            }
            outbox.markPublished(event.position(), clock.instant());
            published++;
            log.info("Published {} {}", event.message().type(), event.message().eventId());
        }
        return new Batch(published, false);
    }
}

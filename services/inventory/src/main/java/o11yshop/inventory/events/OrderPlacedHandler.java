package o11yshop.inventory.events;

import java.time.Clock;
import o11yshop.inventory.reservation.ReservationCaller;
import o11yshop.inventory.reservation.ReservationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies {@code OrderPlaced}: the order is placed, so the stock its reservation held is sold. Applying
 * the same event twice changes nothing the second time: the event ID is recorded in the same transaction
 * as the commit.
 */
@Component
class OrderPlacedHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderPlacedHandler.class);

    private final OrderPlacedReader reader;
    private final ProcessedEventRepository processedEvents;
    private final ReservationService reservations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrderPlacedHandler(OrderPlacedReader reader, ProcessedEventRepository processedEvents, ReservationService reservations,
            TransactionTemplate transactions, Clock clock) {
        this.reader = reader;
        this.processedEvents = processedEvents;
        this.reservations = reservations;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Throws when the message cannot be applied — not a valid event, an unknown reservation, one already
     * released — and then writes nothing; the queue delivers it again and finally dead-letters it.
     */
    void handle(String body) {
        OrderPlaced event = reader.read(body);
        boolean firstTime = Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!processedEvents.markProcessed(event.eventId(), OrderPlaced.TYPE, clock.instant())) {
                return false;
            }
            reservations.commit(event.reservationId(), ReservationCaller.SYSTEM);
            return true;
        }));
        log.info("OrderPlaced {} for order {}, reservation {}: {}", event.eventId(), event.orderNumber(),
                event.reservationId(), firstTime ? "applied" : "already applied, nothing changed");
    }
}

package o11yshop.inventory.stock;

import java.time.Clock;
import java.time.Instant;
import o11yshop.inventory.api.model.AdjustmentReason;
import o11yshop.inventory.api.model.MovementKind;
import o11yshop.inventory.audit.Actor;
import o11yshop.inventory.audit.Movement;
import o11yshop.inventory.audit.MovementRepository;
import o11yshop.inventory.audit.RecordedMovement;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;
import o11yshop.platform.observability.SpanAnnotation;
import o11yshop.platform.web.problem.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin console's changes of stock (A-INV-03): goods received, adjustments with a reason, and the
 * low-stock threshold. Each change and its audit entry are written in one transaction, inside a business
 * span annotated with the product (O-TRACE-04): the span, not the transaction, is what an admin's change
 * looks like in a trace, with the statements it ran under it.
 */
@Service
public class StockAdminService {

    /**
     * No product holds more available units than this. Far above any real shop's stock, it keeps a
     * mistyped or hostile series of receipts from overflowing the counts.
     */
    static final int MAX_AVAILABLE_UNITS = 1_000_000;

    private final StockRepository ledger;
    private final MovementRepository journal;
    private final Clock clock;
    private final Observability observability;

    StockAdminService(StockRepository ledger, MovementRepository journal, Clock clock, Observability observability) {
        this.ledger = ledger;
        this.journal = journal;
        this.clock = clock;
        this.observability = observability;
    }

    /** A change and the audit entry that records it. */
    public record StockChange(ProductStock stock, RecordedMovement movement) {
    }

    @Transactional
    public StockChange receive(long productId, int quantity, @Nullable String note, Actor actor) {
        try (BusinessSpan span = observability.startSpan("receive stock")) {
            span.annotate(SpanAnnotation.PRODUCT_ID, productId).metadata("quantity", quantity);
            Instant now = clock.instant();
            StockCounts after = ledger.addAvailable(productId, quantity, now);
            StockCounts before = new StockCounts(after.available() - quantity, after.reserved(), after.lowStockThreshold());
            return recorded(productId, Movement.of(productId, MovementKind.RECEIVED, actor, before, after).withNote(note), now);
        }
    }

    @Transactional
    public StockChange adjust(long productId, int delta, AdjustmentReason reason, @Nullable String note, Actor actor) {
        if (delta == 0) {
            throw new InvalidParameterException("delta", "must not be 0: an adjustment changes the stock");
        }
        try (BusinessSpan span = observability.startSpan("adjust stock")) {
            span.annotate(SpanAnnotation.PRODUCT_ID, productId).metadata("delta", delta).metadata("reason", reason.getValue());
            Instant now = clock.instant();
            StockCounts after = delta > 0
                    ? ledger.addAvailable(productId, delta, now)
                    : ledger.removeAvailable(productId, -delta, now)
                            .orElseThrow(() -> new StockBelowZeroException(productId, delta, ledger.current(productId).available()));
            StockCounts before = new StockCounts(after.available() - delta, after.reserved(), after.lowStockThreshold());
            Movement movement = Movement.of(productId, MovementKind.ADJUSTED, actor, before, after).withReason(reason).withNote(note);
            return recorded(productId, movement, now);
        }
    }

    /** Writes an audit entry only when the threshold really changes, so repeating the request is harmless. */
    @Transactional
    public ProductStock setLowStockThreshold(long productId, int threshold, Actor actor) {
        Instant now = clock.instant();
        StockCounts before = ledger.lockTracked(productId, now);
        if (before.lowStockThreshold() == threshold) {
            return ProductStock.of(productId, before);
        }
        StockCounts after = ledger.setLowStockThreshold(productId, threshold, now);
        journal.record(Movement.of(productId, MovementKind.THRESHOLD_CHANGED, actor, before, after), now);
        return ProductStock.of(productId, after);
    }

    // Throwing here rolls the whole transaction back, so a refused receipt leaves no trace.
    private StockChange recorded(long productId, Movement movement, Instant now) {
        if (movement.after().available() > MAX_AVAILABLE_UNITS) {
            throw new StockLimitExceededException(productId, MAX_AVAILABLE_UNITS);
        }
        return new StockChange(ProductStock.of(productId, movement.after()), journal.record(movement, now));
    }
}

package o11yshop.inventory.audit;

import static o11yshop.inventory.db.Tables.STOCK_MOVEMENT;

import java.time.Instant;
import o11yshop.inventory.api.model.AdjustmentReason;
import o11yshop.inventory.api.model.MovementKind;
import o11yshop.inventory.db.tables.records.StockMovementRecord;
import o11yshop.inventory.paging.PageRequest;
import o11yshop.inventory.paging.ResultPage;
import o11yshop.inventory.stock.StockCounts;
import o11yshop.platform.observability.BusinessMetric;
import o11yshop.platform.observability.BusinessMetrics;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail of stock (A-INV-03). Callers record a movement inside the transaction that makes the
 * change, so the trail and the stock can never disagree: both are written or neither is. Every change
 * passes here, so this is also where a stock-out is seen (O-METRIC-06): whatever took the last unit —
 * a reservation, an adjustment — the product's available units went from some to none.
 */
@Repository
public class MovementRepository {

    private static final Logger log = LoggerFactory.getLogger(MovementRepository.class);

    private final DSLContext dsl;
    private final BusinessMetrics metrics;

    MovementRepository(DSLContext dsl, BusinessMetrics metrics) {
        this.dsl = dsl;
        this.metrics = metrics;
    }

    public RecordedMovement record(Movement movement, Instant at) {
        dsl.insertInto(STOCK_MOVEMENT)
                .set(STOCK_MOVEMENT.PRODUCT_ID, movement.productId())
                .set(STOCK_MOVEMENT.KIND, movement.kind().toString())
                .set(STOCK_MOVEMENT.OCCURRED_AT, at)
                .set(STOCK_MOVEMENT.ACTOR, movement.actor().id())
                .set(STOCK_MOVEMENT.AVAILABLE_BEFORE, movement.before().available())
                .set(STOCK_MOVEMENT.AVAILABLE_AFTER, movement.after().available())
                .set(STOCK_MOVEMENT.RESERVED_BEFORE, movement.before().reserved())
                .set(STOCK_MOVEMENT.RESERVED_AFTER, movement.after().reserved())
                .set(STOCK_MOVEMENT.THRESHOLD_BEFORE, movement.before().lowStockThreshold())
                .set(STOCK_MOVEMENT.THRESHOLD_AFTER, movement.after().lowStockThreshold())
                .set(STOCK_MOVEMENT.REASON, movement.reason() == null ? null : movement.reason().toString())
                .set(STOCK_MOVEMENT.NOTE, movement.note())
                .set(STOCK_MOVEMENT.RESERVATION_ID, movement.reservationId())
                .execute();
        // the session's last generated ID rather than INSERT … RETURNING, which MariaDB has but the MySQL
        // driver cannot read back; the same connection, since callers are in a transaction
        long id = dsl.lastID().longValueExact();
        // one line per change, so the logs alone can answer "who changed this stock" (O-METRIC-10)
        log.info("Stock movement {}: {} of product {} by {}, available {} -> {}, reserved {} -> {}", id, movement.kind(),
                movement.productId(), movement.actor().id(), movement.before().available(), movement.after().available(),
                movement.before().reserved(), movement.after().reserved());
        if (movement.before().available() > 0 && movement.after().available() == 0) {
            // counted once the change is committed: a reservation refused on another line takes this one back
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    metrics.count(BusinessMetric.STOCK_OUT);
                }
            });
        }
        return new RecordedMovement(id, at, movement);
    }

    /** Newest first; all products when {@code productId} is null. */
    public ResultPage<RecordedMovement> page(@Nullable Long productId, PageRequest page) {
        Condition where = productId == null ? DSL.noCondition() : STOCK_MOVEMENT.PRODUCT_ID.eq(productId);
        var items = dsl.selectFrom(STOCK_MOVEMENT)
                .where(where)
                .orderBy(STOCK_MOVEMENT.ID.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(MovementRepository::toRecordedMovement);
        return new ResultPage<>(items, page, dsl.fetchCount(STOCK_MOVEMENT, where));
    }

    private static RecordedMovement toRecordedMovement(StockMovementRecord row) {
        Movement movement = new Movement(row.getProductId(), MovementKind.fromValue(row.getKind()), new Actor(row.getActor()),
                new StockCounts(row.getAvailableBefore(), row.getReservedBefore(), row.getThresholdBefore()),
                new StockCounts(row.getAvailableAfter(), row.getReservedAfter(), row.getThresholdAfter()),
                row.getReason() == null ? null : AdjustmentReason.fromValue(row.getReason()),
                row.getNote(), row.getReservationId());
        return new RecordedMovement(row.getId(), row.getOccurredAt(), movement);
    }
}

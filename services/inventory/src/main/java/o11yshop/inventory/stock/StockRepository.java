package o11yshop.inventory.stock;

import static o11yshop.inventory.db.Tables.STOCK_ITEM;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import o11yshop.inventory.paging.PageRequest;
import o11yshop.inventory.paging.ResultPage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The stock table: its reads, and every change of the stock counts. A change that must not take stock
 * below zero is one conditional {@code UPDATE} whose condition the database checks on the row's latest
 * committed state, so concurrent callers can never oversell: the count is never read first and written
 * back later. Each change answers the counts after it, read with the row lock that the change already
 * holds, so they are exact for the audit trail. Call the changing methods inside a transaction.
 */
@Repository
public class StockRepository {

    private final DSLContext dsl;

    StockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Adds units to the available ones; a product inventory has never seen is tracked from now on. */
    public StockCounts addAvailable(long productId, int units, Instant now) {
        dsl.insertInto(STOCK_ITEM)
                .set(STOCK_ITEM.PRODUCT_ID, productId)
                .set(STOCK_ITEM.AVAILABLE, units)
                .set(STOCK_ITEM.LOW_STOCK_THRESHOLD, ProductStock.DEFAULT_LOW_STOCK_THRESHOLD)
                .set(STOCK_ITEM.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(STOCK_ITEM.AVAILABLE, STOCK_ITEM.AVAILABLE.plus(units))
                .set(STOCK_ITEM.UPDATED_AT, now)
                .execute();
        return lockedCounts(productId);
    }

    /** Removes units from the available ones if there are that many; empty if there are not (or none at all). */
    public Optional<StockCounts> removeAvailable(long productId, int units, Instant now) {
        int changed = dsl.update(STOCK_ITEM)
                .set(STOCK_ITEM.AVAILABLE, STOCK_ITEM.AVAILABLE.minus(units))
                .set(STOCK_ITEM.UPDATED_AT, now)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId).and(STOCK_ITEM.AVAILABLE.ge(units)))
                .execute();
        return changed == 1 ? Optional.of(lockedCounts(productId)) : Optional.empty();
    }

    /** Moves units from available to reserved if that many are available; empty if they are not. */
    public Optional<StockCounts> reserve(long productId, int units, Instant now) {
        int changed = dsl.update(STOCK_ITEM)
                .set(STOCK_ITEM.AVAILABLE, STOCK_ITEM.AVAILABLE.minus(units))
                .set(STOCK_ITEM.RESERVED, STOCK_ITEM.RESERVED.plus(units))
                .set(STOCK_ITEM.UPDATED_AT, now)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId).and(STOCK_ITEM.AVAILABLE.ge(units)))
                .execute();
        return changed == 1 ? Optional.of(lockedCounts(productId)) : Optional.empty();
    }

    /** Moves units a reservation held back to available. */
    public StockCounts unreserve(long productId, int units, Instant now) {
        changeExisting(productId, dsl.update(STOCK_ITEM)
                .set(STOCK_ITEM.AVAILABLE, STOCK_ITEM.AVAILABLE.plus(units))
                .set(STOCK_ITEM.RESERVED, STOCK_ITEM.RESERVED.minus(units))
                .set(STOCK_ITEM.UPDATED_AT, now)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId))
                .execute());
        return lockedCounts(productId);
    }

    /** Takes units a reservation held out of stock for good: they are sold. */
    public StockCounts removeReserved(long productId, int units, Instant now) {
        changeExisting(productId, dsl.update(STOCK_ITEM)
                .set(STOCK_ITEM.RESERVED, STOCK_ITEM.RESERVED.minus(units))
                .set(STOCK_ITEM.UPDATED_AT, now)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId))
                .execute());
        return lockedCounts(productId);
    }

    /**
     * The product's counts with its row locked for the rest of the transaction, tracking a product never
     * seen from now on. For changes that need the value before (a new threshold), not for stock counts.
     */
    public StockCounts lockTracked(long productId, Instant now) {
        // An upsert that changes nothing: it creates the row if missing and takes its exclusive lock either
        // way. Locking with SELECT … FOR UPDATE first would let two transactions both find no row and then
        // collide on the insert.
        dsl.insertInto(STOCK_ITEM)
                .set(STOCK_ITEM.PRODUCT_ID, productId)
                .set(STOCK_ITEM.AVAILABLE, 0)
                .set(STOCK_ITEM.LOW_STOCK_THRESHOLD, ProductStock.DEFAULT_LOW_STOCK_THRESHOLD)
                .set(STOCK_ITEM.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(STOCK_ITEM.PRODUCT_ID, productId)
                .execute();
        return lockedCounts(productId);
    }

    public StockCounts setLowStockThreshold(long productId, int threshold, Instant now) {
        changeExisting(productId, dsl.update(STOCK_ITEM)
                .set(STOCK_ITEM.LOW_STOCK_THRESHOLD, threshold)
                .set(STOCK_ITEM.UPDATED_AT, now)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId))
                .execute());
        return lockedCounts(productId);
    }

    /** The counts as they are now, without locking; untracked products count as nothing. */
    public StockCounts current(long productId) {
        return dsl.select(STOCK_ITEM.AVAILABLE, STOCK_ITEM.RESERVED, STOCK_ITEM.LOW_STOCK_THRESHOLD)
                .from(STOCK_ITEM)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId))
                .fetchOptional(row -> new StockCounts(row.value1(), row.value2(), row.value3()))
                .orElse(StockCounts.UNTRACKED);
    }

    // The change before it already holds the row's lock; FOR UPDATE makes this a current read on both
    // engines rather than a read from a snapshot, so it is exactly the row the change left.
    private StockCounts lockedCounts(long productId) {
        return dsl.select(STOCK_ITEM.AVAILABLE, STOCK_ITEM.RESERVED, STOCK_ITEM.LOW_STOCK_THRESHOLD)
                .from(STOCK_ITEM)
                .where(STOCK_ITEM.PRODUCT_ID.eq(productId))
                .forUpdate()
                .fetchSingle(row -> new StockCounts(row.value1(), row.value2(), row.value3()));
    }

    private static void changeExisting(long productId, int changedRows) {
        if (changedRows != 1) {
            throw new IllegalStateException("No stock row for product " + productId + " to change");
        }
    }

    Map<Long, ProductStock> findByProductIds(Collection<Long> productIds) {
        return dsl.select(STOCK_ITEM.PRODUCT_ID, STOCK_ITEM.AVAILABLE, STOCK_ITEM.RESERVED, STOCK_ITEM.LOW_STOCK_THRESHOLD)
                .from(STOCK_ITEM)
                .where(STOCK_ITEM.PRODUCT_ID.in(productIds))
                .fetchMap(STOCK_ITEM.PRODUCT_ID, StockRepository::toProductStock);
    }

    /** Tracked products, lowest ID first; {@code lowOnly} keeps those at or below their threshold (sold out included). */
    ResultPage<ProductStock> overview(boolean lowOnly, PageRequest page) {
        Condition where = lowOnly ? STOCK_ITEM.AVAILABLE.le(STOCK_ITEM.LOW_STOCK_THRESHOLD) : DSL.noCondition();
        var items = dsl.select(STOCK_ITEM.PRODUCT_ID, STOCK_ITEM.AVAILABLE, STOCK_ITEM.RESERVED, STOCK_ITEM.LOW_STOCK_THRESHOLD)
                .from(STOCK_ITEM)
                .where(where)
                .orderBy(STOCK_ITEM.PRODUCT_ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(StockRepository::toProductStock);
        return new ResultPage<>(items, page, dsl.fetchCount(STOCK_ITEM, where));
    }

    private static ProductStock toProductStock(Record4<Long, Integer, Integer, Integer> row) {
        return new ProductStock(row.value1(), row.value2(), row.value3(), row.value4());
    }
}

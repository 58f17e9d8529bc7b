package o11yshop.inventory.stock;

import static o11yshop.inventory.db.Tables.STOCK_ITEM;

import java.util.Collection;
import java.util.Map;
import o11yshop.inventory.paging.PageRequest;
import o11yshop.inventory.paging.ResultPage;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads of the stock table; every change goes through {@link StockLedger}. */
@Repository
class StockRepository {

    private final DSLContext dsl;

    StockRepository(DSLContext dsl) {
        this.dsl = dsl;
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

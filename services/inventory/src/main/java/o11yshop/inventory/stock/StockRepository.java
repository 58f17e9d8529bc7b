package o11yshop.inventory.stock;

import static o11yshop.inventory.db.Tables.STOCK_ITEM;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class StockRepository {

    private final DSLContext dsl;

    StockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<Long, ProductStock> findByProductIds(Collection<Long> productIds) {
        return dsl.select(STOCK_ITEM.PRODUCT_ID, STOCK_ITEM.AVAILABLE, STOCK_ITEM.LOW_STOCK_THRESHOLD)
                .from(STOCK_ITEM)
                .where(STOCK_ITEM.PRODUCT_ID.in(productIds))
                .fetchMap(STOCK_ITEM.PRODUCT_ID,
                        row -> new ProductStock(row.value1(), row.value2(), row.value3()));
    }
}

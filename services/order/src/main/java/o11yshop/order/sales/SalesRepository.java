package o11yshop.order.sales;

import static o11yshop.order.db.Tables.CUSTOMER_ORDER;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;

/** Sums over every shopper's orders, for the admin dashboard. */
@Repository
class SalesRepository {

    /** How many orders a day had and what they came to, in yen. */
    record DayTotals(int orderCount, long revenueJpy) {

        long averageOrderValueJpy() {
            return orderCount == 0 ? 0 : Math.round((double) revenueJpy / orderCount);
        }
    }

    /** One of the latest orders, as the dashboard lists them. */
    record RecentOrder(UUID id, String orderNumber, Instant placedAt, int itemCount, long totalJpy) {
    }

    private final DSLContext dsl;

    SalesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    DayTotals totalsOf(SalesDay day) {
        Record2<Integer, BigDecimal> totals = dsl.select(count(), sum(CUSTOMER_ORDER.TOTAL_JPY))
                .from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.PLACED_AT.ge(day.start()).and(CUSTOMER_ORDER.PLACED_AT.lt(day.end())))
                .fetchSingle();
        BigDecimal revenue = totals.value2();
        return new DayTotals(totals.value1(), revenue == null ? 0 : revenue.longValueExact());
    }

    List<RecentOrder> latestOrders(int howMany) {
        return dsl.selectFrom(CUSTOMER_ORDER)
                .orderBy(CUSTOMER_ORDER.POSITION.desc())
                .limit(howMany)
                .fetch(order -> new RecentOrder(order.getId(), order.getOrderNumber(), order.getPlacedAt(),
                        order.getItemCount(), order.getTotalJpy()));
    }
}

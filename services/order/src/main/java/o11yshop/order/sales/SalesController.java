package o11yshop.order.sales;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import o11yshop.order.api.SalesApi;
import o11yshop.order.api.model.OrderSummary;
import o11yshop.order.api.model.SalesSummary;
import o11yshop.order.web.Yen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The admin dashboard's sales figures of api/order.yaml; the route is admin-only by configuration. */
@RestController
class SalesController implements SalesApi {

    private static final int LATEST_ORDERS = 5;

    private final SalesRepository figures;
    private final ZoneId shopZone;
    private final Clock clock;

    SalesController(SalesRepository figures, @Value("${shop.sales.time-zone}") ZoneId shopZone, Clock clock) {
        this.figures = figures;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<SalesSummary> getSalesSummary(LocalDate day) {
        SalesDay salesDay = day == null ? SalesDay.today(shopZone, clock.instant()) : new SalesDay(day, shopZone);
        SalesRepository.DayTotals totals = figures.totalsOf(salesDay);
        return ResponseEntity.ok(new SalesSummary(salesDay.date(), shopZone.getId(), totals.orderCount(),
                Yen.of(totals.revenueJpy()), Yen.of(totals.averageOrderValueJpy()),
                figures.latestOrders(LATEST_ORDERS).stream().map(SalesController::summaryOf).toList()));
    }

    private static OrderSummary summaryOf(SalesRepository.RecentOrder order) {
        return new OrderSummary(order.id(), order.orderNumber(), OrderSummary.StatusEnum.PLACED,
                order.placedAt().atOffset(ZoneOffset.UTC), order.itemCount(), Yen.of(order.totalJpy()));
    }
}

package o11yshop.platform.observability;

import org.jspecify.annotations.Nullable;

/**
 * The shop's business metrics (O-METRIC-04, O-METRIC-06). Each has one meter name everywhere: in
 * {@code /actuator/metrics}, in Prometheus ({@code shop_checkouts_started_total}), and in CloudWatch
 * under the namespace {@code O11yShop}.
 */
public enum BusinessMetric {

    PRODUCT_VIEWED("shop.product.views", Kind.COUNTED, null, null),
    /** Broken down by whether the search found anything: zero-result searches are lost sales. */
    SEARCH_PERFORMED("shop.searches", Kind.COUNTED, null, "results"),
    CART_ITEM_ADDED("shop.cart.additions", Kind.COUNTED, null, null),
    CHECKOUT_STARTED("shop.checkouts.started", Kind.COUNTED, null, null),
    /** A checkout that ended with an order; completed over started is the checkout conversion. */
    CHECKOUT_COMPLETED("shop.checkouts.completed", Kind.COUNTED, null, null),
    ORDER_PLACED("shop.orders.placed", Kind.COUNTED, null, null),
    /** In yen: CloudWatch has no currency unit, so it is published without one. */
    REVENUE("shop.revenue", Kind.SUMMED, "yen", null),
    PAYMENT_LATENCY("shop.payment.latency", Kind.TIMED, null, null),
    /** Broken down by reason: a provider that declines is business, one that times out is an incident. */
    PAYMENT_FAILED("shop.payment.failures", Kind.COUNTED, null, "reason"),
    /** A product whose available stock has just reached zero. */
    STOCK_OUT("shop.stock.outs", Kind.COUNTED, null, null);

    /** Which method of {@link BusinessMetrics} records the metric. */
    public enum Kind {
        /** {@link BusinessMetrics#count}: how many times it happened. */
        COUNTED,
        /** {@link BusinessMetrics#add}: a running total of amounts. */
        SUMMED,
        /** {@link BusinessMetrics#time}: how long it took, with percentiles. */
        TIMED
    }

    private final String meterName;
    private final Kind kind;
    private final @Nullable String baseUnit;
    private final @Nullable String dimension;

    BusinessMetric(String meterName, Kind kind, @Nullable String baseUnit, @Nullable String dimension) {
        this.meterName = meterName;
        this.kind = kind;
        this.baseUnit = baseUnit;
        this.dimension = dimension;
    }

    public String meterName() {
        return meterName;
    }

    public Kind kind() {
        return kind;
    }

    /** The unit of a summed metric's amounts; none for counts and durations. */
    public @Nullable String baseUnit() {
        return baseUnit;
    }

    /** The name of the one dimension the metric is broken down by, or none. */
    public @Nullable String dimension() {
        return dimension;
    }
}

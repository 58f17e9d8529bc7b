package o11yshop.platform.observability;

import java.time.Duration;

/**
 * The one thing business code knows about metrics (O-METRIC-04, O-METRIC-06), whichever approach is
 * switched on. The numbers land in Micrometer in every mode, {@code off} included, so
 * {@code /actuator/metrics} and {@code /actuator/prometheus} always have them; mode {@code xray} also
 * publishes them to CloudWatch, as EMF log lines and with PutMetricData.
 *
 * <pre>{@code
 * metrics.count(BusinessMetric.CHECKOUT_STARTED);
 * metrics.count(BusinessMetric.SEARCH_PERFORMED, hits.isEmpty() ? BusinessDimension.NO_RESULTS : BusinessDimension.RESULTS_FOUND);
 * metrics.add(BusinessMetric.REVENUE, order.totalJpy());
 * metrics.time(BusinessMetric.PAYMENT_LATENCY, Duration.between(chargeStarted, clock.instant()));
 * }</pre>
 *
 * Metrics and dimension values are closed lists ({@link BusinessMetric}, {@link BusinessDimension}):
 * every dimension value becomes a metric of its own in CloudWatch, billed as such, so a user ID, an
 * order number or a product ID can never be one.
 */
public interface BusinessMetrics {

    /** One more of a counted metric that has no dimension: a product viewed, a checkout started. */
    void count(BusinessMetric metric);

    /**
     * One more of a counted metric that is broken down by a dimension: a search that found nothing,
     * a payment that timed out. The value must be one of the metric's own dimension.
     */
    void count(BusinessMetric metric, BusinessDimension value);

    /** Adds an amount to a summed metric: the yen of an order to the revenue. */
    void add(BusinessMetric metric, long amount);

    /** Records how long a timed step took: a payment. */
    void time(BusinessMetric metric, Duration duration);
}

package o11yshop.platform.observability.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import o11yshop.platform.observability.BusinessDimension;
import o11yshop.platform.observability.BusinessMetric;
import org.junit.jupiter.api.Test;

/** The port on Micrometer: one meter per metric and dimension value, and a clear error for each misuse. */
class MicrometerBusinessMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerBusinessMetrics metrics = new MicrometerBusinessMetrics(registry);

    @Test
    void countsAddsAndTimesUnderTheMetricsMeterNames() {
        metrics.count(BusinessMetric.CHECKOUT_STARTED);
        metrics.count(BusinessMetric.CHECKOUT_STARTED);
        metrics.add(BusinessMetric.REVENUE, 1200);
        metrics.add(BusinessMetric.REVENUE, 800);
        metrics.time(BusinessMetric.PAYMENT_LATENCY, Duration.ofMillis(300));

        assertThat(registry.get("shop.checkouts.started").counter().count()).isEqualTo(2);
        assertThat(registry.get("shop.revenue").counter().count()).isEqualTo(2000);
        assertThat(registry.get("shop.revenue").counter().getId().getBaseUnit()).isEqualTo("yen");
        assertThat(registry.get("shop.payment.latency").timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(300);
    }

    @Test
    void aDimensionValueIsATagOfTheMetricsOwnDimension() {
        metrics.count(BusinessMetric.PAYMENT_FAILED, BusinessDimension.PAYMENT_TIMED_OUT);
        metrics.count(BusinessMetric.PAYMENT_FAILED, BusinessDimension.PAYMENT_TIMED_OUT);
        metrics.count(BusinessMetric.PAYMENT_FAILED, BusinessDimension.PAYMENT_DECLINED);

        assertThat(registry.get("shop.payment.failures").tag("reason", "timeout").counter().count()).isEqualTo(2);
        assertThat(registry.get("shop.payment.failures").tag("reason", "declined").counter().count()).isEqualTo(1);
    }

    @Test
    void everyDimensionValueBelongsToAMetricThatHasThatDimension() {
        for (BusinessDimension value : BusinessDimension.values()) {
            assertThat(BusinessMetric.values()).as(value.toString())
                    .anyMatch(metric -> value.dimension().equals(metric.dimension()));
        }
    }

    @Test
    void misusesFailAtOnce() {
        assertThatThrownBy(() -> metrics.count(BusinessMetric.SEARCH_PERFORMED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RESULTS_FOUND").hasMessageContaining("NO_RESULTS");
        assertThatThrownBy(() -> metrics.count(BusinessMetric.SEARCH_PERFORMED, BusinessDimension.PAYMENT_DECLINED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the dimension results, not reason");
        assertThatThrownBy(() -> metrics.count(BusinessMetric.STOCK_OUT, BusinessDimension.NO_RESULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no dimension");
        assertThatThrownBy(() -> metrics.count(BusinessMetric.REVENUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REVENUE is summed, not counted");
        assertThatThrownBy(() -> metrics.add(BusinessMetric.REVENUE, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.time(BusinessMetric.ORDER_PLACED, Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORDER_PLACED is counted, not timed");
        assertThat(registry.getMeters()).isEmpty();
    }
}

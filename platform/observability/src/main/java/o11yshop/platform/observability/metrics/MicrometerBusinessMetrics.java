package o11yshop.platform.observability.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Arrays;
import o11yshop.platform.observability.BusinessDimension;
import o11yshop.platform.observability.BusinessMetric;
import o11yshop.platform.observability.BusinessMetrics;

/**
 * The business metrics port on Micrometer, the same in every mode: what is counted here is in
 * {@code /actuator/metrics} and {@code /actuator/prometheus} whatever the approach, and mode
 * {@code xray} adds a registry that publishes it to CloudWatch. Micrometer keeps each meter once
 * registered, so looking it up again on every call is a map lookup.
 * <p>
 * A metric recorded the wrong way — counted when it is timed, without its dimension, with another
 * metric's dimension — is a programming error and fails at once: in Prometheus a meter name must
 * always carry the same tag names, so a slip here would silently lose series later.
 */
public class MicrometerBusinessMetrics implements BusinessMetrics {

    private final MeterRegistry registry;

    public MicrometerBusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void count(BusinessMetric metric) {
        require(metric, BusinessMetric.Kind.COUNTED);
        if (metric.dimension() != null) {
            throw new IllegalArgumentException(metric + " is counted by " + metric.dimension() + ": pass one of "
                    + Arrays.stream(BusinessDimension.values()).filter(value -> value.dimension().equals(metric.dimension())).toList());
        }
        counter(metric, Tags.empty()).increment();
    }

    @Override
    public void count(BusinessMetric metric, BusinessDimension value) {
        require(metric, BusinessMetric.Kind.COUNTED);
        if (!value.dimension().equals(metric.dimension())) {
            throw new IllegalArgumentException(metric + " has " + (metric.dimension() == null ? "no dimension"
                    : "the dimension " + metric.dimension()) + ", not " + value.dimension() + " (" + value + ")");
        }
        counter(metric, Tags.of(value.dimension(), value.value())).increment();
    }

    @Override
    public void add(BusinessMetric metric, long amount) {
        require(metric, BusinessMetric.Kind.SUMMED);
        if (amount < 0) {
            throw new IllegalArgumentException(metric + " only grows: " + amount + " cannot be added");
        }
        counter(metric, Tags.empty()).increment(amount);
    }

    @Override
    public void time(BusinessMetric metric, Duration duration) {
        require(metric, BusinessMetric.Kind.TIMED);
        Timer.builder(metric.meterName())
                // buckets for Prometheus, whose histogram_quantile() computes percentiles across instances;
                // the CloudWatch registry computes its p50…p99 from them as well
                .publishPercentileHistogram()
                .register(registry)
                .record(duration);
    }

    private Counter counter(BusinessMetric metric, Tags tags) {
        return Counter.builder(metric.meterName()).baseUnit(metric.baseUnit()).tags(tags).register(registry);
    }

    private static void require(BusinessMetric metric, BusinessMetric.Kind kind) {
        if (metric.kind() != kind) {
            throw new IllegalArgumentException(metric + " is " + metric.kind().name().toLowerCase()
                    + ", not " + kind.name().toLowerCase());
        }
    }
}

package o11yshop.platform.observability.awsnative.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.distribution.pause.PauseDetector;
import io.micrometer.core.instrument.step.StepMeterRegistry;
import io.micrometer.core.instrument.step.StepRegistryConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Mode {@code xray}'s metrics (O-METRIC-05): a Micrometer step registry that, every step
 * ({@code shop.observability.metrics.step}, a minute by default — CloudWatch's standard resolution),
 * takes the step's numbers of the published meters and hands them to its destinations: EMF lines on
 * stdout, PutMetricData calls, or both. Both get the same snapshot, so the two ways can be compared
 * number for number.
 * <p>
 * Each meter becomes CloudWatch metrics named after it: a counter its step count ({@code shop.searches});
 * a gauge its value ({@code jvm.memory.used}); a timer {@code .count}, {@code .avg}, {@code .max} and,
 * where {@link PublishedMeters} asks for them, {@code .p50} … {@code .p99}, in milliseconds; a
 * distribution summary the same in its own unit, without percentiles. Its tags
 * become dimensions, with the service's name as {@code service}. A meter with nothing to report in the
 * step (no request, no count) sends nothing: a quiet minute costs nothing, and a CloudWatch alarm
 * treats the missing point as it is told to.
 */
final class CloudWatchMetricsRegistry extends StepMeterRegistry {

    /** A dimension set holds at most 30 dimensions, in EMF and in PutMetricData. */
    static final int MAX_DIMENSIONS = 30;
    static final String SERVICE = "service";

    private final Duration step;
    private final List<MetricDestination> destinations;

    CloudWatchMetricsRegistry(Duration step, Clock clock, String service, List<String> published,
            List<MetricDestination> destinations) {
        super(stepOf(step), clock);
        this.step = step;
        this.destinations = List.copyOf(destinations);
        config().commonTags(SERVICE, service).meterFilter(new PublishedMeters(published));
        start(Thread.ofPlatform().name("cloudwatch-metrics").daemon().factory());
    }

    @Override
    protected void publish() {
        List<MetricGroup> groups = snapshot();
        if (groups.isEmpty()) {
            return;
        }
        Instant timestamp = Instant.ofEpochMilli(clock.wallTime());
        destinations.forEach(destination -> destination.publish(timestamp, groups));
    }

    /** A timer that publishes percentiles gets them for exactly its step: see {@link StepPercentileTimer}. */
    @Override
    protected Timer newTimer(Meter.Id id, DistributionStatisticConfig config, PauseDetector pauseDetector) {
        if (config.getPercentiles() == null || config.getPercentiles().length == 0) {
            return super.newTimer(id, config, pauseDetector);
        }
        return new StepPercentileTimer(id, clock, config, pauseDetector, getBaseTimeUnit(), step.toMillis());
    }

    @Override
    protected TimeUnit getBaseTimeUnit() {
        return TimeUnit.MILLISECONDS;
    }

    @Override
    protected String startMessage() {
        if (destinations.isEmpty()) {
            return "Metrics go nowhere: EMF lines and PutMetricData are both switched off";
        }
        return "Metrics are published every " + (step.toMillis() % 1000 == 0 ? step.toSeconds() + "s" : step.toMillis() + "ms") + ": "
                + destinations.stream().map(MetricDestination::description).collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        // the last, partial step is published first, while the destinations are still open
        super.close();
        destinations.forEach(MetricDestination::close);
    }

    /** The step's values, grouped by their dimensions. */
    List<MetricGroup> snapshot() {
        Map<Map<String, String>, List<MetricGroup.Metric>> byDimensions = new LinkedHashMap<>();
        getMeters().stream().sorted(Comparator.comparing(meter -> meter.getId().getName())).forEach(meter -> {
            List<MetricGroup.Metric> values = valuesOf(meter);
            if (!values.isEmpty()) {
                byDimensions.computeIfAbsent(dimensionsOf(meter.getId()), dimensions -> new ArrayList<>()).addAll(values);
            }
        });
        return byDimensions.entrySet().stream().map(group -> new MetricGroup(group.getKey(), group.getValue())).toList();
    }

    /** The meter's tags, {@code service} first; a blank value is no dimension value to CloudWatch, so it is left out. */
    private static Map<String, String> dimensionsOf(Meter.Id id) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put(SERVICE, id.getTag(SERVICE));
        id.getTags().stream()
                .filter(tag -> !tag.getKey().equals(SERVICE) && !tag.getValue().isBlank())
                .limit(MAX_DIMENSIONS - 1)
                .forEach(tag -> dimensions.put(tag.getKey(), tag.getValue()));
        return dimensions;
    }

    private List<MetricGroup.Metric> valuesOf(Meter meter) {
        Meter.Id id = meter.getId();
        String name = id.getName();
        return meter.match(
                gauge -> value(name, MetricUnit.of(id.getBaseUnit(), MetricUnit.NONE), gauge.value()),
                counter -> count(name, MetricUnit.of(id.getBaseUnit(), MetricUnit.COUNT), counter.count()),
                timer -> {
                    HistogramSnapshot snapshot = timer.takeSnapshot();
                    return distribution(name, MetricUnit.MILLISECONDS, snapshot, snapshot.mean(TimeUnit.MILLISECONDS),
                            snapshot.max(TimeUnit.MILLISECONDS), timer instanceof StepPercentileTimer stepPercentiles
                                    ? stepPercentiles.percentiles(snapshot) : List.of(),
                            percentile -> percentile.value(TimeUnit.MILLISECONDS));
                },
                summary -> {
                    HistogramSnapshot snapshot = summary.takeSnapshot();
                    return distribution(name, MetricUnit.of(id.getBaseUnit(), MetricUnit.NONE), snapshot, snapshot.mean(),
                            snapshot.max(), List.of(), ValueAtPercentile::value);
                },
                longTaskTimer -> List.of(
                        new MetricGroup.Metric(name + ".active", MetricUnit.COUNT, longTaskTimer.activeTasks()),
                        new MetricGroup.Metric(name + ".duration", MetricUnit.MILLISECONDS, longTaskTimer.duration(TimeUnit.MILLISECONDS))),
                timeGauge -> value(name, MetricUnit.MILLISECONDS, timeGauge.value(TimeUnit.MILLISECONDS)),
                functionCounter -> count(name, MetricUnit.of(id.getBaseUnit(), MetricUnit.COUNT), functionCounter.count()),
                functionTimer -> functionTimer.count() == 0 ? List.of() : List.of(
                        new MetricGroup.Metric(name + ".count", MetricUnit.COUNT, functionTimer.count()),
                        new MetricGroup.Metric(name + ".avg", MetricUnit.MILLISECONDS, functionTimer.mean(TimeUnit.MILLISECONDS))),
                other -> StreamSupport.stream(other.measure().spliterator(), false)
                        .filter(measurement -> Double.isFinite(measurement.getValue()))
                        .map(measurement -> new MetricGroup.Metric(
                                name + "." + measurement.getStatistic().getTagValueRepresentation(), MetricUnit.NONE,
                                measurement.getValue()))
                        .toList());
    }

    /** JSON has no NaN (a gauge reads NaN before its first sample): such a value is not sent. */
    private static List<MetricGroup.Metric> value(String name, MetricUnit unit, double value) {
        return Double.isFinite(value) ? List.of(new MetricGroup.Metric(name, unit, value)) : List.of();
    }

    private static List<MetricGroup.Metric> count(String name, MetricUnit unit, double count) {
        return count == 0 ? List.of() : value(name, unit, count);
    }

    private static List<MetricGroup.Metric> distribution(String name, MetricUnit unit, HistogramSnapshot snapshot,
            double mean, double max, List<ValueAtPercentile> percentiles, ToDoubleFunction<ValueAtPercentile> percentileValue) {
        if (snapshot.count() == 0) {
            return List.of();
        }
        List<MetricGroup.Metric> metrics = new ArrayList<>();
        metrics.add(new MetricGroup.Metric(name + ".count", MetricUnit.COUNT, snapshot.count()));
        metrics.add(new MetricGroup.Metric(name + ".avg", unit, mean));
        metrics.add(new MetricGroup.Metric(name + ".max", unit, max));
        for (ValueAtPercentile percentile : percentiles) {
            metrics.add(new MetricGroup.Metric(name + "." + percentileName(percentile.percentile()), unit,
                    percentileValue.applyAsDouble(percentile)));
        }
        return metrics;
    }

    /** 0.5 → p50, 0.999 → p99.9: the names CloudWatch gives its own percentile statistics. */
    static String percentileName(double percentile) {
        return "p" + BigDecimal.valueOf(percentile).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static StepRegistryConfig stepOf(Duration step) {
        return new StepRegistryConfig() {
            @Override
            public String prefix() {
                return "shop.observability.metrics";
            }

            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public Duration step() {
                return step;
            }
        };
    }
}

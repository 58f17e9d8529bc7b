package o11yshop.platform.observability.awsnative.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.StepBucketHistogram;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.distribution.pause.PauseDetector;
import io.micrometer.core.instrument.step.StepTimer;
import io.micrometer.core.instrument.step.StepValue;
import io.micrometer.core.instrument.util.TimeUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A step timer whose percentiles and maximum cover exactly the step its count and average cover.
 * Micrometer's own come from sliding windows that turn on their own clock, so a p99 published for a
 * minute could leave out that minute's requests (and read 0 beside a count of 2), and a maximum could
 * be the previous minute's. Here the durations go into histogram buckets, and the largest into a
 * maximum, that are emptied at each step boundary, as the count is. Each percentile is read from the
 * step's buckets the way Prometheus' {@code histogram_quantile()} reads them: the bucket that holds the
 * rank, interpolated linearly within it, and never above the step's maximum. Micrometer's buckets grow
 * by about a quarter each, so a percentile is off by at most a fifth of its value, usually far less.
 */
final class StepPercentileTimer extends StepTimer {

    private final double[] percentiles;
    private final StepBuckets buckets;
    private final StepMaximum maximum;

    /** @param config a timer configuration with percentiles and a percentile histogram (its buckets) */
    StepPercentileTimer(Meter.Id id, Clock clock, DistributionStatisticConfig config, PauseDetector pauseDetector,
            TimeUnit baseTimeUnit, long stepMillis) {
        this(id, clock, config, pauseDetector, baseTimeUnit, stepMillis, new StepBuckets(clock, stepMillis, config));
    }

    private StepPercentileTimer(Meter.Id id, Clock clock, DistributionStatisticConfig config, PauseDetector pauseDetector,
            TimeUnit baseTimeUnit, long stepMillis, StepBuckets buckets) {
        super(id, clock, config, pauseDetector, baseTimeUnit, stepMillis, buckets);
        this.percentiles = config.getPercentiles();
        this.buckets = buckets;
        this.maximum = new StepMaximum(clock, stepMillis);
    }

    @Override
    protected void recordNonNegative(long amount, TimeUnit unit) {
        super.recordNonNegative(amount, unit);
        maximum.record(unit.toNanos(amount));
    }

    /**
     * The registry rolls its step meters over at each step boundary by reading their count: the
     * buckets and the maximum roll over at the same moment.
     */
    @Override
    public long count() {
        buckets.poll();
        maximum.poll();
        return super.count();
    }

    @Override
    public double max(TimeUnit unit) {
        return TimeUtils.nanosToUnit(maximum.poll(), unit);
    }

    /** When the service stops, the partial last step is published: all of it, not only the count. */
    @Override
    public void _closingRollover() {
        super._closingRollover();
        buckets.closingRollover();
        maximum.closingRollover();
    }

    /** The configured percentiles of the step the snapshot was taken of (in nanoseconds, as Micrometer keeps a timer's). */
    List<ValueAtPercentile> percentiles(HistogramSnapshot snapshot) {
        List<ValueAtPercentile> values = new ArrayList<>();
        double max = snapshot.max(TimeUnit.NANOSECONDS);
        for (double percentile : percentiles) {
            values.add(new ValueAtPercentile(percentile, Math.min(max, valueAt(percentile, snapshot, max))));
        }
        return values;
    }

    private static double valueAt(double percentile, HistogramSnapshot snapshot, double max) {
        double rank = percentile * snapshot.count();
        double seen = 0;
        double lowerBound = 0;
        for (CountAtBucket bucket : snapshot.histogramCounts()) {
            double upperBound = bucket.bucket(TimeUnit.NANOSECONDS);
            if (bucket.count() > 0 && seen + bucket.count() >= rank) {
                return lowerBound + (upperBound - lowerBound) * (rank - seen) / bucket.count();
            }
            seen += bucket.count();
            lowerBound = upperBound;
        }
        // above the highest bucket (30 s for a timer): the maximum is the best that is known
        return max;
    }

    /** The step's bucket counts, each bucket counted on its own (not cumulatively). */
    private static final class StepBuckets extends StepBucketHistogram {

        StepBuckets(Clock clock, long stepMillis, DistributionStatisticConfig config) {
            super(clock, stepMillis, config, true, false);
        }

        void closingRollover() {
            _closingRollover();
        }
    }

    /** The step's largest duration, in nanoseconds. */
    private static final class StepMaximum extends StepValue<Long> {

        private final AtomicLong current = new AtomicLong();

        StepMaximum(Clock clock, long stepMillis) {
            super(clock, stepMillis);
        }

        void record(long nanos) {
            current.accumulateAndGet(nanos, Math::max);
        }

        @Override
        protected Supplier<Long> valueSupplier() {
            return () -> current.getAndSet(0);
        }

        @Override
        protected Long noValue() {
            return 0L;
        }

        void closingRollover() {
            _closingRollover();
        }
    }
}

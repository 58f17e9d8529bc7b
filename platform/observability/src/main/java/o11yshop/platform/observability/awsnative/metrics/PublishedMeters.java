package o11yshop.platform.observability.awsnative.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.util.List;
import java.util.Set;

/**
 * Which meters go to CloudWatch, and in what shape. Every metric name with every combination of
 * dimension values is a custom metric that CloudWatch bills by the month, so only the listed meters
 * go ({@code shop.observability.metrics.published}; Prometheus still gets every one), and the request
 * timer keeps only the dimensions a RED dashboard needs: route ({@code uri}, the template such as
 * {@code /products/{productId}}, never the raw path), method and {@code outcome} (the status class:
 * SUCCESS, CLIENT_ERROR, SERVER_ERROR …). The exact status and the exception's class stay in Prometheus
 * and in the traces.
 * <p>
 * CloudWatch cannot compute a percentile from other percentiles or from averages, and these metrics
 * arrive already aggregated, so the percentiles are computed here, per step, for the request timer and
 * the business timers: p50, p90, p95, p99 (O-METRIC-03), by {@link StepPercentileTimer}. The gauges Micrometer derives from a timer
 * for each percentile and histogram bucket ({@code .percentile}, {@code .histogram}) are left out: the
 * registry publishes the percentiles with the timer's other values, under their CloudWatch names.
 */
final class PublishedMeters implements MeterFilter {

    static final String REQUESTS = "http.server.requests";
    private static final double[] PERCENTILES = {0.5, 0.9, 0.95, 0.99};
    private static final Set<String> REQUEST_TAGS_LEFT_OUT = Set.of("status", "exception", "error");
    private static final String PREFIX_MARK = ".*";

    private final List<String> published;

    /** @param published meter names, or prefixes written {@code shop.*} */
    PublishedMeters(List<String> published) {
        this.published = List.copyOf(published);
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        if (id.syntheticAssociation() != null) {
            return MeterFilterReply.DENY;
        }
        return published.stream().anyMatch(entry -> matches(entry, id.getName())) ? MeterFilterReply.NEUTRAL : MeterFilterReply.DENY;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!id.getName().equals(REQUESTS)) {
            return id;
        }
        return id.replaceTags(id.getTags().stream().filter(tag -> !REQUEST_TAGS_LEFT_OUT.contains(tag.getKey())).toList());
    }

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        boolean withPercentiles = id.getType() == Meter.Type.TIMER
                && (id.getName().equals(REQUESTS) || id.getName().startsWith("shop."));
        return withPercentiles
                // the histogram's buckets are what the step's percentiles are read from (StepPercentileTimer)
                ? DistributionStatisticConfig.builder().percentiles(PERCENTILES).percentilesHistogram(true).build().merge(config)
                : config;
    }

    private static boolean matches(String entry, String name) {
        return entry.endsWith(PREFIX_MARK)
                ? name.startsWith(entry.substring(0, entry.length() - PREFIX_MARK.length() + 1))
                : name.equals(entry);
    }
}

package o11yshop.platform.observability.awsnative.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metrics that share their dimensions, as one step's snapshot holds them: one EMF line, or a run of
 * PutMetricData data points with the same dimensions.
 *
 * @param dimensions dimension names and values, in a stable order; {@code service} first
 * @param metrics the values of the step, each with its CloudWatch name and unit
 */
record MetricGroup(Map<String, String> dimensions, List<Metric> metrics) {

    MetricGroup {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        metrics = List.copyOf(metrics);
    }

    /** One value: {@code http.server.requests.p99} = 12.5 Milliseconds. */
    record Metric(String name, MetricUnit unit, double value) {
    }
}

package o11yshop.platform.observability.awsnative.metrics;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The first AWS-native way to CloudWatch metrics: the CloudWatch embedded metric format (EMF). Each
 * group of metrics is one JSON line on stdout whose {@code _aws} member tells CloudWatch Logs which of
 * the line's own members are metrics, in which namespace, with which dimensions:
 *
 * <pre>{@code
 * {"_aws":{"Timestamp":1767225600000,"CloudWatchMetrics":[{"Namespace":"O11yShop",
 *   "Dimensions":[["service","method","outcome","uri"]],
 *   "Metrics":[{"Name":"http.server.requests.count","Unit":"Count"},{"Name":"http.server.requests.p99","Unit":"Milliseconds"}]}]},
 *  "service":"catalog","method":"GET","outcome":"SUCCESS","uri":"/products/{productId}",
 *  "http.server.requests.count":42,"http.server.requests.p99":18.9}
 * }</pre>
 *
 * No SDK, no credentials, no network call: in AWS the container's stdout goes to CloudWatch Logs (the
 * awslogs driver), which extracts the metrics on arrival; locally the launcher reads the same lines
 * for the Lab's "Metrics (EMF)" tab.
 * <p>
 * The lines go straight to {@code System.out}, not through the logger: the services' log encoder
 * wraps every message in the shop's JSON log object, and an EMF document must be the log event itself,
 * with {@code _aws} at its top level. Each line is written with one call, so that a log line written
 * at the same moment by another thread cannot land in the middle of it.
 */
final class EmfLines implements MetricDestination {

    /** A directive holds at most 100 metrics; a larger group is split over several lines. */
    static final int MAX_METRICS_PER_LINE = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String namespace;

    EmfLines(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public void publish(Instant timestamp, List<MetricGroup> groups) {
        PrintStream stdout = System.out;
        for (MetricGroup group : groups) {
            List<MetricGroup.Metric> metrics = group.metrics();
            for (int from = 0; from < metrics.size(); from += MAX_METRICS_PER_LINE) {
                List<MetricGroup.Metric> line = metrics.subList(from, Math.min(metrics.size(), from + MAX_METRICS_PER_LINE));
                byte[] bytes = (line(timestamp, group, line) + "\n").getBytes(StandardCharsets.UTF_8);
                stdout.write(bytes, 0, bytes.length);
            }
        }
        stdout.flush();
    }

    @Override
    public String description() {
        return "as EMF lines on stdout, namespace " + namespace;
    }

    String line(Instant timestamp, MetricGroup group, List<MetricGroup.Metric> metrics) {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode aws = document.putObject("_aws");
        aws.put("Timestamp", timestamp.toEpochMilli());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", namespace);
        ArrayNode dimensionSet = directive.putArray("Dimensions").addArray();
        group.dimensions().keySet().forEach(dimensionSet::add);
        ArrayNode definitions = directive.putArray("Metrics");
        metrics.forEach(metric -> definitions.addObject().put("Name", metric.name()).put("Unit", metric.unit().cloudWatchName()));
        group.dimensions().forEach(document::put);
        metrics.forEach(metric -> document.put(metric.name(), metric.value()));
        return JSON.writeValueAsString(document);
    }
}

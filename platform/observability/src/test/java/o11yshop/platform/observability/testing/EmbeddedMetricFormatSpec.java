package o11yshop.platform.observability.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks log lines against the CloudWatch embedded metric format specification (CloudWatch user guide,
 * "Specification: Embedded metric format"), with the limits CloudWatch applies to the metrics the line
 * becomes: what CloudWatch Logs would turn into metrics rather than reject. For the tests of the
 * CloudWatch metrics registry, of the launcher's telemetry sink and of the end-to-end run.
 * <p>
 * Checked: the line is exactly one JSON object, at most 1 MB; the root has an {@code _aws} object with
 * {@code Timestamp} (milliseconds since the epoch, at most two weeks old and two hours ahead, as
 * CloudWatch accepts) and {@code CloudWatchMetrics}, an array of directives; a directive has exactly
 * {@code Namespace} (1 to 255 ASCII characters, not {@code AWS/…}), {@code Dimensions} (an array of
 * dimension sets, each an array of at most 30 distinct names of 1 to 255 characters, none starting with
 * a colon) and {@code Metrics} (at most 100 definitions); a definition has {@code Name} (1 to 255
 * characters, once per directive) and optionally {@code Unit} (one of CloudWatch's units) and
 * {@code StorageResolution} (1 or 60), nothing else; every name a directive refers to is a member of
 * the root — a dimension's a string of 1 to 1024 characters that is not only white space, a metric's a
 * number or an array of 1 to 100 numbers — and no member is both a dimension and a metric.
 */
public final class EmbeddedMetricFormatSpec {

    /** A CloudWatch Logs event, and so an EMF document, is at most 1 MB. */
    public static final int MAX_EVENT_BYTES = 1_048_576;
    public static final int MAX_DIMENSIONS_PER_SET = 30;
    public static final int MAX_METRICS_PER_DIRECTIVE = 100;
    public static final int MAX_VALUES_PER_METRIC = 100;

    /** CloudWatch's units, as PutMetricData's StandardUnit spells them. */
    public static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> DIRECTIVE_MEMBERS = Set.of("Namespace", "Dimensions", "Metrics");
    private static final Set<String> DEFINITION_MEMBERS = Set.of("Name", "Unit", "StorageResolution");
    private static final Pattern NAMESPACE = Pattern.compile("[\\x20-\\x7E]{1,255}");
    private static final int MAX_NAME_LENGTH = 255;
    private static final int MAX_DIMENSION_VALUE_LENGTH = 1024;
    private static final Duration MAX_AGE = Duration.ofDays(14);
    private static final Duration MAX_AHEAD = Duration.ofHours(2);

    /** One data point as CloudWatch extracts it: a metric of one directive, for one dimension set. */
    public record DataPoint(String namespace, String name, String unit, Map<String, String> dimensions,
            List<Double> values, long timestamp) {

        /** The sum of the point's values: a count, or an amount. */
        public double sum() {
            return values.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private EmbeddedMetricFormatSpec() {
    }

    /**
     * Whether CloudWatch Logs (and the launcher's log tap) takes the line for an EMF document: one JSON
     * object with an {@code _aws} object at its top level. Whether it is a valid one is {@link #check}'s question.
     */
    public static boolean isEmfLine(String line) {
        if (!line.startsWith("{") || !line.contains("\"_aws\"")) {
            return false;
        }
        try {
            return JSON.readTree(line).path("_aws").isObject();
        } catch (JacksonException e) {
            return false;
        }
    }

    /** Every EMF line of a process's output, in order. */
    public static List<String> emfLines(String output) {
        return output.lines().filter(EmbeddedMetricFormatSpec::isEmfLine).toList();
    }

    /** Fails with every violation found, and the line; returns the document. */
    public static JsonNode check(String line) {
        List<String> violations = new ArrayList<>();
        int bytes = line.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_EVENT_BYTES) {
            violations.add("the line is " + bytes + " bytes; a log event is at most " + MAX_EVENT_BYTES);
        }
        JsonNode document = parse(line);
        violations.addAll(violations(document, Instant.now()));
        if (!violations.isEmpty()) {
            throw new AssertionError("EMF line breaks the embedded metric format specification:\n  - "
                    + String.join("\n  - ", violations) + "\n" + line);
        }
        return document;
    }

    /** The line as CloudWatch Logs reads it: exactly one JSON object, nothing before or after it. */
    public static JsonNode parse(String line) {
        JsonNode document;
        try {
            document = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new AssertionError("Not one JSON object: " + e.getOriginalMessage() + "\n" + line, e);
        }
        if (document == null || !document.isObject()) {
            throw new AssertionError("An EMF document is a JSON object: " + line);
        }
        return document;
    }

    /** What in the document breaks the specification, checked at {@code now}; empty when nothing does. */
    public static List<String> violations(JsonNode document, Instant now) {
        List<String> found = new ArrayList<>();
        JsonNode aws = document.path("_aws");
        if (!aws.isObject()) {
            found.add("_aws: the root needs the metadata object _aws");
            return found;
        }
        checkTimestamp(aws.path("Timestamp"), now, found);
        JsonNode directives = aws.path("CloudWatchMetrics");
        if (!directives.isArray()) {
            found.add("_aws.CloudWatchMetrics: an array of metric directives is required");
            return found;
        }
        for (int i = 0; i < directives.size(); i++) {
            checkDirective(document, directives.get(i), "_aws.CloudWatchMetrics[" + i + "].", found);
        }
        return found;
    }

    /** The data points CloudWatch extracts from a valid document: one per metric and dimension set. */
    public static List<DataPoint> dataPoints(JsonNode document) {
        List<DataPoint> points = new ArrayList<>();
        long timestamp = document.path("_aws").path("Timestamp").asLong();
        for (JsonNode directive : document.path("_aws").path("CloudWatchMetrics")) {
            for (JsonNode dimensionSet : directive.path("Dimensions")) {
                Map<String, String> dimensions = new LinkedHashMap<>();
                dimensionSet.forEach(name -> dimensions.put(name.asString(), document.path(name.asString()).asString()));
                for (JsonNode definition : directive.path("Metrics")) {
                    String name = definition.path("Name").asString();
                    JsonNode value = document.path(name);
                    List<Double> values = new ArrayList<>();
                    if (value.isArray()) {
                        value.forEach(item -> values.add(item.asDouble()));
                    } else {
                        values.add(value.asDouble());
                    }
                    points.add(new DataPoint(directive.path("Namespace").asString(), name,
                            definition.path("Unit").asString("None"), dimensions, values, timestamp));
                }
            }
        }
        return points;
    }

    private static void checkTimestamp(JsonNode timestamp, Instant now, List<String> found) {
        if (!timestamp.isIntegralNumber()) {
            found.add("_aws.Timestamp: milliseconds since the epoch (an integer) are required, got " + timestamp);
            return;
        }
        Instant at = Instant.ofEpochMilli(timestamp.asLong());
        if (at.isBefore(now.minus(MAX_AGE)) || at.isAfter(now.plus(MAX_AHEAD))) {
            found.add("_aws.Timestamp: " + at + " is not within two weeks before and two hours after " + now
                    + " (milliseconds, not seconds?)");
        }
    }

    private static void checkDirective(JsonNode root, JsonNode directive, String path, List<String> found) {
        if (!directive.isObject()) {
            found.add(path + " a metric directive is an object");
            return;
        }
        directive.propertyNames().stream().filter(member -> !DIRECTIVE_MEMBERS.contains(member))
                .forEach(member -> found.add(path + member + ": a directive has only Namespace, Dimensions and Metrics"));
        JsonNode namespace = directive.path("Namespace");
        if (!namespace.isString() || !NAMESPACE.matcher(namespace.asString()).matches()) {
            found.add(path + "Namespace: 1 to 255 printable ASCII characters, got " + directive.get("Namespace"));
        } else if (namespace.asString().startsWith("AWS/")) {
            found.add(path + "Namespace: AWS/ is reserved for AWS's own metrics");
        }
        Set<String> dimensionNames = new HashSet<>();
        JsonNode dimensions = directive.path("Dimensions");
        if (!dimensions.isArray()) {
            found.add(path + "Dimensions: an array of dimension sets is required");
        } else {
            for (int i = 0; i < dimensions.size(); i++) {
                checkDimensionSet(root, dimensions.get(i), path + "Dimensions[" + i + "]", dimensionNames, found);
            }
        }
        JsonNode metrics = directive.path("Metrics");
        if (!metrics.isArray()) {
            found.add(path + "Metrics: an array of metric definitions is required");
            return;
        }
        if (metrics.size() > MAX_METRICS_PER_DIRECTIVE) {
            found.add(path + "Metrics: at most " + MAX_METRICS_PER_DIRECTIVE + " per directive, got " + metrics.size());
        }
        Set<String> metricNames = new HashSet<>();
        for (int i = 0; i < metrics.size(); i++) {
            checkDefinition(root, metrics.get(i), path + "Metrics[" + i + "].", metricNames, dimensionNames, found);
        }
    }

    private static void checkDimensionSet(JsonNode root, JsonNode set, String path, Set<String> dimensionNames,
            List<String> found) {
        if (!set.isArray()) {
            found.add(path + ": a dimension set is an array of dimension names, got " + set);
            return;
        }
        if (set.size() > MAX_DIMENSIONS_PER_SET) {
            found.add(path + ": at most " + MAX_DIMENSIONS_PER_SET + " dimensions per set, got " + set.size());
        }
        Set<String> inSet = new HashSet<>();
        for (JsonNode entry : set) {
            if (!entry.isString()) {
                found.add(path + ": dimension names are strings, got " + entry);
                continue;
            }
            String name = entry.asString();
            if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.startsWith(":")) {
                found.add(path + ": a dimension name has 1 to 255 characters and does not start with a colon, got \"" + name + "\"");
            }
            if (!inSet.add(name)) {
                found.add(path + ": " + name + " is named twice in one set");
            }
            dimensionNames.add(name);
            JsonNode value = root.get(name);
            if (value == null) {
                found.add(path + ": the dimension " + name + " has no member on the root");
            } else if (!value.isString()) {
                found.add(path + ": the dimension " + name + "'s member is a string, got " + value);
            } else if (value.asString().isBlank() || value.asString().length() > MAX_DIMENSION_VALUE_LENGTH) {
                found.add(path + ": the dimension " + name + "'s value has 1 to 1024 characters, not only white space");
            }
        }
    }

    private static void checkDefinition(JsonNode root, JsonNode definition, String path, Set<String> metricNames,
            Set<String> dimensionNames, List<String> found) {
        if (!definition.isObject()) {
            found.add(path + " a metric definition is an object");
            return;
        }
        definition.propertyNames().stream().filter(member -> !DEFINITION_MEMBERS.contains(member))
                .forEach(member -> found.add(path + member + ": a metric definition has only Name, Unit and StorageResolution"));
        if (definition.has("Unit") && !(definition.get("Unit").isString() && UNITS.contains(definition.get("Unit").asString()))) {
            found.add(path + "Unit: one of CloudWatch's units, got " + definition.get("Unit"));
        }
        if (definition.has("StorageResolution")) {
            JsonNode resolution = definition.get("StorageResolution");
            if (!resolution.isIntegralNumber() || (resolution.asInt() != 1 && resolution.asInt() != 60)) {
                found.add(path + "StorageResolution: 1 (high resolution) or 60, got " + resolution);
            }
        }
        JsonNode nameNode = definition.path("Name");
        if (!nameNode.isString() || nameNode.asString().isEmpty() || nameNode.asString().length() > MAX_NAME_LENGTH) {
            found.add(path + "Name: 1 to 255 characters, got " + definition.get("Name"));
            return;
        }
        String name = nameNode.asString();
        if (!metricNames.add(name)) {
            found.add(path + "Name: " + name + " is defined twice in one directive");
        }
        if (dimensionNames.contains(name)) {
            found.add(path + "Name: " + name + " is a dimension of the same directive");
        }
        JsonNode value = root.get(name);
        if (value == null) {
            found.add(path + "Name: the metric " + name + " has no member on the root");
        } else if (value.isArray()) {
            if (value.isEmpty() || value.size() > MAX_VALUES_PER_METRIC) {
                found.add(path + "Name: the metric " + name + "'s array holds 1 to 100 values, got " + value.size());
            }
            for (JsonNode item : value) {
                if (!item.isNumber()) {
                    found.add(path + "Name: the metric " + name + "'s values are numbers, got " + item);
                }
            }
        } else if (!value.isNumber()) {
            found.add(path + "Name: the metric " + name + "'s member is a number or an array of numbers, got " + value);
        }
    }
}

package o11yshop.platform.observability.testing;

import static o11yshop.platform.observability.testing.JsonEdits.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The checker itself: it accepts well-formed EMF documents and catches each kind of mistake. */
class EmbeddedMetricFormatSpecTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-11-23T11:31:00Z");

    /**
     * Shaped after the specification's examples: two directives, one with two dimension sets, a metric
     * with several values, a high-resolution metric, and a member that is neither metric nor dimension.
     */
    private static final String VALID = """
            {
              "_aws": {
                "Timestamp": 1795433460000,
                "CloudWatchMetrics": [
                  {
                    "Namespace": "O11yShop",
                    "Dimensions": [["service", "uri"], ["service"]],
                    "Metrics": [
                      {"Name": "http.server.requests.count", "Unit": "Count"},
                      {"Name": "http.server.requests.p99", "Unit": "Milliseconds", "StorageResolution": 60},
                      {"Name": "queue.depth"}
                    ]
                  },
                  {
                    "Namespace": "O11yShop/Checkout",
                    "Dimensions": [[]],
                    "Metrics": [{"Name": "payment.latency", "Unit": "Milliseconds", "StorageResolution": 1}]
                  }
                ]
              },
              "service": "catalog",
              "uri": "/products/{productId}",
              "http.server.requests.count": 42,
              "http.server.requests.p99": 18.9,
              "queue.depth": 0,
              "payment.latency": [310, 298.5, 4010],
              "note": "members the directives do not name are kept in the log, not turned into metrics"
            }
            """;

    @Test
    void acceptsAWellFormedDocument() {
        assertThat(EmbeddedMetricFormatSpec.violations(valid(), NOW)).isEmpty();
    }

    @Test
    void extractsOneDataPointPerMetricAndDimensionSet() {
        List<EmbeddedMetricFormatSpec.DataPoint> points = EmbeddedMetricFormatSpec.dataPoints(valid());

        assertThat(points).hasSize(3 * 2 + 1);
        assertThat(points).filteredOn(point -> point.name().equals("http.server.requests.count"))
                .extracting(EmbeddedMetricFormatSpec.DataPoint::dimensions)
                .containsExactly(Map.of("service", "catalog", "uri", "/products/{productId}"), Map.of("service", "catalog"));
        EmbeddedMetricFormatSpec.DataPoint latency = points.stream()
                .filter(point -> point.name().equals("payment.latency")).findFirst().orElseThrow();
        assertThat(latency.namespace()).isEqualTo("O11yShop/Checkout");
        assertThat(latency.dimensions()).isEmpty();
        assertThat(latency.values()).containsExactly(310.0, 298.5, 4010.0);
        assertThat(points).filteredOn(point -> point.name().equals("queue.depth"))
                .allSatisfy(point -> assertThat(point.unit()).isEqualTo("None"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            timestamp as text                | /_aws/Timestamp                          | "1795433460000"        | _aws.Timestamp: milliseconds since the epoch
            timestamp in seconds             | /_aws/Timestamp                          | 1795433460             | is not within two weeks
            timestamp three weeks old        | /_aws/Timestamp                          | 1793619060000          | is not within two weeks
            directives not an array          | /_aws/CloudWatchMetrics                  | {}                     | an array of metric directives is required
            namespace empty                  | /_aws/CloudWatchMetrics/0/Namespace      | ""                     | Namespace: 1 to 255 printable ASCII
            namespace of AWS                 | /_aws/CloudWatchMetrics/0/Namespace      | "AWS/ECS"              | AWS/ is reserved
            dimensions not nested            | /_aws/CloudWatchMetrics/0/Dimensions     | ["service"]            | a dimension set is an array of dimension names
            dimension without its member     | /_aws/CloudWatchMetrics/0/Dimensions/1/0 | "route"                | the dimension route has no member on the root
            dimension value a number         | /service                                 | 7                      | the dimension service's member is a string
            dimension value blank            | /service                                 | "  "                   | not only white space
            dimension name with a colon      | /_aws/CloudWatchMetrics/0/Dimensions/1/0 | ":service"             | does not start with a colon
            dimension named twice            | /_aws/CloudWatchMetrics/0/Dimensions/0/1 | "service"              | is named twice in one set
            metric without its member        | /_aws/CloudWatchMetrics/0/Metrics/2/Name | "queue.size"           | the metric queue.size has no member on the root
            metric value text                | /queue.depth                             | "0"                    | is a number or an array of numbers
            metric values not numbers        | /payment.latency                         | [310, "slow"]          | values are numbers
            metric values empty              | /payment.latency                         | []                     | holds 1 to 100 values
            metric name empty                | /_aws/CloudWatchMetrics/0/Metrics/2/Name | ""                     | Name: 1 to 255 characters
            metric defined twice             | /_aws/CloudWatchMetrics/0/Metrics/2/Name | "http.server.requests.count" | is defined twice in one directive
            metric that is a dimension       | /_aws/CloudWatchMetrics/0/Metrics/2/Name | "uri"                  | is a dimension of the same directive
            unit CloudWatch does not know    | /_aws/CloudWatchMetrics/0/Metrics/0/Unit | "Requests"             | Unit: one of CloudWatch's units
            unit in the wrong case           | /_aws/CloudWatchMetrics/0/Metrics/1/Unit | "milliseconds"         | Unit: one of CloudWatch's units
            storage resolution of 5 s        | /_aws/CloudWatchMetrics/1/Metrics/0/StorageResolution | 5     | StorageResolution: 1 (high resolution) or 60
            member a directive does not have | /_aws/CloudWatchMetrics/0/Service        | "catalog"              | a directive has only Namespace, Dimensions and Metrics
            member a definition does not have | /_aws/CloudWatchMetrics/0/Metrics/0/Statistic | "Sum"         | a metric definition has only Name, Unit and StorageResolution
            """)
    void catches(String mistake, String pointer, String json, String expectedViolation) {
        ObjectNode document = valid();
        set(document, pointer, JSON.readTree(json));

        assertThat(EmbeddedMetricFormatSpec.violations(document, NOW)).as(mistake)
                .anyMatch(violation -> violation.contains(expectedViolation));
    }

    @Test
    void catchesAMissingMetadataObject() {
        ObjectNode document = valid();
        document.remove("_aws");

        assertThat(EmbeddedMetricFormatSpec.violations(document, NOW)).containsExactly("_aws: the root needs the metadata object _aws");
    }

    @Test
    void catchesMoreThanThirtyDimensionsAHundredMetricsAndAHundredValues() {
        ObjectNode document = valid();
        ObjectNode directive = (ObjectNode) document.at("/_aws/CloudWatchMetrics/0");
        ArrayNode wide = directive.putArray("Dimensions").addArray();
        for (int i = 0; i < 31; i++) {
            wide.add("d" + i);
            document.put("d" + i, "v");
        }
        ArrayNode metrics = directive.putArray("Metrics");
        for (int i = 0; i < 101; i++) {
            metrics.addObject().put("Name", "m" + i);
            document.put("m" + i, i);
        }
        ArrayNode values = document.putArray("payment.latency");
        for (int i = 0; i < 101; i++) {
            values.add(i);
        }

        assertThat(EmbeddedMetricFormatSpec.violations(document, NOW))
                .anyMatch(violation -> violation.contains("at most 30 dimensions per set, got 31"))
                .anyMatch(violation -> violation.contains("at most 100 per directive, got 101"))
                .anyMatch(violation -> violation.contains("array holds 1 to 100 values, got 101"));
    }

    @Test
    void aLineIsExactlyOneJsonObjectOfAtMostOneMegabyte() {
        String line = valid().toString();
        String now = Long.toString(Instant.now().toEpochMilli());
        String current = line.replace("1795433460000", now);

        assertThat(EmbeddedMetricFormatSpec.check(current).path("service").asString()).isEqualTo("catalog");
        assertThatThrownBy(() -> EmbeddedMetricFormatSpec.check("catalog: " + current)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> EmbeddedMetricFormatSpec.check(current + " trailing")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> EmbeddedMetricFormatSpec.check("[" + current + "]")).isInstanceOf(AssertionError.class);
        String huge = current.replace("members the directives", "x".repeat(EmbeddedMetricFormatSpec.MAX_EVENT_BYTES));
        assertThatThrownBy(() -> EmbeddedMetricFormatSpec.check(huge)).hasMessageContaining("a log event is at most");
    }

    @Test
    void tellsEmfLinesFromLogLines() {
        String emf = valid().toString();
        String output = String.join("\n",
                "{\"timestamp\":\"2026-11-23T11:31:00Z\",\"level\":\"INFO\",\"message\":\"Started\"}",
                emf,
                "{\"level\":\"INFO\",\"message\":\"a log line that mentions \\\"_aws\\\" in its text\"}",
                "plain text _aws");

        assertThat(EmbeddedMetricFormatSpec.emfLines(output)).containsExactly(emf);
    }

    @Test
    void theTimestampWindowIsTwoWeeksBackAndTwoHoursAhead() {
        ObjectNode document = valid();
        Instant at = Instant.ofEpochMilli(document.at("/_aws/Timestamp").asLong());

        assertThat(EmbeddedMetricFormatSpec.violations(document, at.plus(Duration.ofDays(13)))).isEmpty();
        assertThat(EmbeddedMetricFormatSpec.violations(document, at.minus(Duration.ofMinutes(119)))).isEmpty();
        assertThat(EmbeddedMetricFormatSpec.violations(document, at.minus(Duration.ofHours(3)))).isNotEmpty();
    }

    private static ObjectNode valid() {
        return (ObjectNode) JSON.readTree(VALID);
    }
}

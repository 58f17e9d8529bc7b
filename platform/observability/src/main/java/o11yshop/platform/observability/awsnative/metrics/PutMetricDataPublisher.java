package o11yshop.platform.observability.awsnative.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * The second AWS-native way to CloudWatch metrics: the PutMetricData API, called through the AWS SDK
 * for Java v2. Unlike EMF it needs credentials and a network call, and it writes no log line — but it
 * needs no log pipeline either, and it is how code outside a container or Lambda (a batch job, an
 * on-premises server) gets metrics into CloudWatch. The SDK signs each request with Signature Version 4
 * and sends it in the Smithy RPC v2 CBOR protocol (binary CBOR, {@code smithy-protocol: rpc-v2-cbor}),
 * which CloudWatch speaks since 2025 in place of the older AWS query protocol.
 * <p>
 * A failed call is logged and the step's numbers are dropped, as a real outage would drop them: the
 * service goes on, and the next step is tried afresh. EMF lines, written to stdout, are not affected.
 */
final class PutMetricDataPublisher implements MetricDestination {

    /** PutMetricData takes at most 1,000 data points per request. */
    static final int MAX_DATA_PER_REQUEST = 1000;

    private static final Logger log = LoggerFactory.getLogger(PutMetricDataPublisher.class);

    private final CloudWatchClient cloudWatch;
    private final String namespace;
    private final String endpoint;

    /** @param endpoint where the client sends its requests, for the log lines */
    PutMetricDataPublisher(CloudWatchClient cloudWatch, String namespace, String endpoint) {
        this.cloudWatch = cloudWatch;
        this.namespace = namespace;
        this.endpoint = endpoint;
    }

    @Override
    public void publish(Instant timestamp, List<MetricGroup> groups) {
        List<MetricDatum> data = new ArrayList<>();
        for (MetricGroup group : groups) {
            List<Dimension> dimensions = group.dimensions().entrySet().stream()
                    .map(dimension -> Dimension.builder().name(dimension.getKey()).value(dimension.getValue()).build())
                    .toList();
            for (MetricGroup.Metric metric : group.metrics()) {
                data.add(MetricDatum.builder()
                        .metricName(metric.name())
                        .dimensions(dimensions)
                        .value(metric.value())
                        .unit(StandardUnit.fromValue(metric.unit().cloudWatchName()))
                        .timestamp(timestamp)
                        .build());
            }
        }
        for (int from = 0; from < data.size(); from += MAX_DATA_PER_REQUEST) {
            List<MetricDatum> batch = data.subList(from, Math.min(data.size(), from + MAX_DATA_PER_REQUEST));
            try {
                cloudWatch.putMetricData(request -> request.namespace(namespace).metricData(batch));
            } catch (SdkException e) {
                log.warn("PutMetricData to {} failed; {} of this step's {} data points are dropped: {}", endpoint,
                        data.size() - from, data.size(), e.getMessage());
                return;
            }
        }
    }

    @Override
    public String description() {
        return "with PutMetricData to " + endpoint + ", namespace " + namespace;
    }

    @Override
    public void close() {
        cloudWatch.close();
    }
}

package o11yshop.platform.observability.awsnative.metrics;

import java.time.Duration;
import java.util.List;
import o11yshop.platform.aws.AwsEndpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of mode {@code xray}'s metrics, under {@code shop.observability}.
 *
 * @param metrics what is published, how often, and which ways
 * @param cloudwatch how PutMetricData reaches CloudWatch: in AWS nothing is set (the regional
 *        endpoint, the task role); locally an emulator's endpoint, a region and made-up keys
 */
@ConfigurationProperties("shop.observability")
public record CloudWatchMetricsProperties(@DefaultValue Metrics metrics, @DefaultValue AwsEndpoint cloudwatch) {

    /**
     * @param step how often the numbers are published, each time for the step just ended
     * @param namespace the CloudWatch namespace of every metric
     * @param published the meters that go to CloudWatch, each a name or a prefix such as {@code shop.*}:
     *        requests per route (O-METRIC-01, O-METRIC-03), memory, GC, threads, CPU, the connection pool,
     *        disk (O-METRIC-02, O-METRIC-11), and the shop's own (O-METRIC-04, O-METRIC-06, O-METRIC-10)
     * @param emf EMF lines on stdout
     * @param putMetricData PutMetricData calls
     */
    public record Metrics(
            @DefaultValue("60s") Duration step,
            @DefaultValue("O11yShop") String namespace,
            @DefaultValue({"http.server.requests", "shop.*", "jvm.memory.used", "jvm.memory.max", "jvm.gc.pause",
                    "jvm.threads.live", "process.cpu.usage", "hikaricp.connections.active", "hikaricp.connections.pending",
                    "hikaricp.connections.max", "hikaricp.connections.acquire", "disk.free"}) List<String> published,
            @DefaultValue Emf emf,
            @DefaultValue PutMetricData putMetricData) {
    }

    /** @param enabled on by default: writing a line costs nothing where no one collects it */
    public record Emf(@DefaultValue("true") boolean enabled) {
    }

    /**
     * @param enabled off by default: there is no CloudWatch to call on a laptop
     * @param namespace a namespace of its own, to compare both ways side by side; the common one when unset.
     *        With EMF on as well and the same namespace, every count would reach CloudWatch twice
     */
    public record PutMetricData(boolean enabled, @Nullable String namespace) {
    }
}

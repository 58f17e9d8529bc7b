package o11yshop.platform.observability.awsnative.metrics;

import io.micrometer.core.instrument.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * Mode {@code xray}, the AWS-native approach, for metrics (O-METRIC-05): a step registry that publishes
 * the shop's metrics to CloudWatch as EMF lines on stdout and, when
 * {@code shop.observability.metrics.put-metric-data.enabled} is true, with PutMetricData. Spring Boot
 * adds the registry to its composite next to Prometheus', so every meter, JVM and pool binders
 * included, reaches both; nothing here changes what {@code /actuator/prometheus} serves.
 * It runs before the composite is set up, as Boot's own export configurations do.
 */
@AutoConfiguration(after = MetricsAutoConfiguration.class,
        before = {CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class})
@ConditionalOnProperty(name = "shop.observability.mode", havingValue = "xray")
@EnableConfigurationProperties(CloudWatchMetricsProperties.class)
public class CloudWatchMetricsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CloudWatchMetricsAutoConfiguration.class);
    /** A call that hangs must not hold the next step's publication. */
    private static final Duration PUT_METRIC_DATA_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    CloudWatchMetricsRegistry cloudWatchMetricsRegistry(CloudWatchMetricsProperties properties, Clock clock,
            @Value("${spring.application.name}") String service) {
        CloudWatchMetricsProperties.Metrics metrics = properties.metrics();
        List<MetricDestination> destinations = new ArrayList<>();
        if (metrics.emf().enabled()) {
            destinations.add(new EmfLines(metrics.namespace()));
        }
        if (metrics.putMetricData().enabled()) {
            String namespace = metrics.putMetricData().namespace() == null ? metrics.namespace() : metrics.putMetricData().namespace();
            if (metrics.emf().enabled() && namespace.equals(metrics.namespace())) {
                log.warn("EMF lines and PutMetricData both publish to the namespace {}: CloudWatch adds up what both send, "
                        + "so every count is doubled. Give PutMetricData a namespace of its own "
                        + "(shop.observability.metrics.put-metric-data.namespace) or switch one of them off", namespace);
            }
            CloudWatchClient cloudWatch = properties.cloudwatch().applyTo(CloudWatchClient.builder())
                    .overrideConfiguration(client -> client.apiCallTimeout(PUT_METRIC_DATA_TIMEOUT))
                    .build();
            String endpoint = properties.cloudwatch().endpoint() == null
                    ? "CloudWatch's regional endpoint" : properties.cloudwatch().endpoint().toString();
            destinations.add(new PutMetricDataPublisher(cloudWatch, namespace, endpoint));
        }
        return new CloudWatchMetricsRegistry(metrics.step(), clock, service, metrics.published(), destinations);
    }
}

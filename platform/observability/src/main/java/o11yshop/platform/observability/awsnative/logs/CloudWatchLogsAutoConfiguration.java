package o11yshop.platform.observability.awsnative.logs;

import java.time.Duration;
import java.util.UUID;
import o11yshop.platform.web.logging.ShopJsonLogFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/**
 * The service ships its own log lines to CloudWatch Logs with PutLogEvents (O-LOG-03), when
 * {@code shop.observability.logs.cloudwatch.enabled} is true — in every observability mode, since logs
 * do not depend on how requests are traced. The lines still go to stdout as well.
 * <p>
 * The appender is attached while the context is created — lines written before, Spring Boot's first
 * start-up lines, are on stdout only — and detached when it closes; the shipper then ships what is left
 * (Spring destroys the appender first, since it depends on the shipper).
 */
@AutoConfiguration
@ConditionalOnProperty(name = "shop.observability.logs.cloudwatch.enabled", havingValue = "true")
@EnableConfigurationProperties(CloudWatchLogsProperties.class)
public class CloudWatchLogsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CloudWatchLogsAutoConfiguration.class);
    /** A call that hangs must not hold the next interval's lines, nor shutdown. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    @Bean(destroyMethod = "close")
    CloudWatchLogsShipper cloudWatchLogsShipper(CloudWatchLogsProperties properties,
            @Value("${spring.application.name}") String service) {
        CloudWatchLogsClient cloudWatchLogs = properties.api().applyTo(CloudWatchLogsClient.builder())
                .overrideConfiguration(client -> client.apiCallTimeout(CALL_TIMEOUT))
                .build();
        String endpoint = properties.api().endpoint() == null
                ? "CloudWatch Logs' regional endpoint" : properties.api().endpoint().toString();
        LogDestination destination = properties.destination(service, UUID.randomUUID().toString());
        CloudWatchLogsShipper shipper = new CloudWatchLogsShipper(cloudWatchLogs, destination,
                properties.createIfMissing(), properties.queueCapacity(), endpoint);
        Duration interval = properties.batchInterval();
        shipper.start(interval);
        log.info("Log lines are shipped every {} to CloudWatch Logs at {}: {}",
                interval.toMillis() % 1000 == 0 ? interval.toSeconds() + "s" : interval.toMillis() + "ms", endpoint, destination);
        return shipper;
    }

    /** The console's format, which platform-web sets to the shop's JSON; that JSON when the console writes plain text. */
    @Bean(destroyMethod = "detach")
    CloudWatchLogsAppender cloudWatchLogsAppender(CloudWatchLogsShipper shipper, Environment environment) {
        String format = environment.getProperty("logging.structured.format.console", ShopJsonLogFormatter.class.getName());
        return CloudWatchLogsAppender.attachToRootLogger(format, shipper);
    }
}

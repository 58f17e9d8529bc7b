package o11yshop.platform.observability.awsnative.logs;

import java.time.Duration;
import o11yshop.platform.aws.AwsEndpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service shipping its own log lines to CloudWatch Logs (O-LOG-03), under
 * {@code shop.observability.logs.cloudwatch}. Independent of {@code shop.observability.mode}.
 *
 * @param enabled off by default: in ECS the {@code awslogs} log driver ships stdout, and on a laptop
 *        there is no CloudWatch Logs to ship to
 * @param logGroup {@code /o11y-shop/<service>} when unset
 * @param logStream {@code <service>/<an ID new at each start>} when unset, so that instances and restarts
 *        never write into one another's stream
 * @param batchInterval how often the waiting lines are shipped; also at most how late a line arrives
 * @param createIfMissing whether to create the log group and stream before the first lines. Off when
 *        Terraform made them (with a retention period: a group made here keeps its lines forever)
 *        and the service may not create any
 * @param queueCapacity how many lines may wait for the next shipment; more are dropped and counted
 * @param api how the CloudWatch Logs API is reached: in AWS nothing is set (the regional endpoint, the
 *        task role); locally an emulator's endpoint, a region and made-up keys
 */
@ConfigurationProperties("shop.observability.logs.cloudwatch")
public record CloudWatchLogsProperties(
        boolean enabled,
        @Nullable String logGroup,
        @Nullable String logStream,
        @DefaultValue("5s") Duration batchInterval,
        @DefaultValue("true") boolean createIfMissing,
        @DefaultValue("10000") int queueCapacity,
        @DefaultValue AwsEndpoint api) {

    LogDestination destination(String service, String instanceId) {
        return new LogDestination(logGroup == null ? "/o11y-shop/" + service : logGroup,
                logStream == null ? service + "/" + instanceId : logStream);
    }
}

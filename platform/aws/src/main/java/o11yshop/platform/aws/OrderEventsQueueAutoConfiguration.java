package o11yshop.platform.aws;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SQS client of the order events queue, for both ends of it — order publishes, inventory consumes — so
 * that the two reach the queue the same way: built from {@code shop.events.sqs} (an {@link AwsEndpoint}) when
 * {@code shop.events.order-queue-url} names a queue. Without a queue there is no client and no events.
 */
@AutoConfiguration(after = AwsClientsAutoConfiguration.class)
@ConditionalOnClass(SqsClient.class)
@ConditionalOnExpression("!'${shop.events.order-queue-url:}'.isBlank()")
public class OrderEventsQueueAutoConfiguration {

    @Bean(destroyMethod = "close")
    SqsClient orderEventsSqsClient(AwsClients awsClients, Environment environment) {
        AwsEndpoint sqs = Binder.get(environment).bindOrCreate("shop.events.sqs", AwsEndpoint.class);
        return awsClients.build(SqsClient.builder(), sqs);
    }
}

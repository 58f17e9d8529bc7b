package o11yshop.inventory.events;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/** Consumes order events when {@code shop.events.order-queue-url} names a queue. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${shop.events.order-queue-url:}'.isBlank()")
class OrderEventsConfiguration {

    @Bean(destroyMethod = "close")
    SqsClient orderEventsSqsClient(EventsProperties properties) {
        EventsProperties.Sqs sqs = properties.sqs();
        SqsClientBuilder builder = SqsClient.builder();
        if (sqs.endpoint() != null) {
            builder.endpointOverride(sqs.endpoint());
        }
        if (sqs.region() != null) {
            builder.region(Region.of(sqs.region()));
        }
        if (sqs.accessKeyId() != null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(sqs.accessKeyId(), sqs.secretAccessKey())));
        }
        return builder.build();
    }

    @Bean
    EventInbox orderEventInbox(SqsClient orderEventsSqsClient, EventsProperties properties) {
        return new SqsEventInbox(orderEventsSqsClient, properties.orderQueueUrl(), properties.sqs().waitTime(),
                properties.sqs().maxMessages());
    }

    @Bean
    OrderEventConsumer orderEventConsumer(EventInbox orderEventInbox, OrderPlacedHandler handler, EventsProperties properties) {
        return new OrderEventConsumer(orderEventInbox, handler, properties.sqs().waitTime().plusSeconds(5));
    }
}

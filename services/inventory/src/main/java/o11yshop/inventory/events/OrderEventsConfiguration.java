package o11yshop.inventory.events;

import o11yshop.platform.observability.Observability;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Consumes order events when {@code shop.events.order-queue-url} names a queue, with the SQS client the
 * platform's {@code OrderEventsQueueAutoConfiguration} builds for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${shop.events.order-queue-url:}'.isBlank()")
class OrderEventsConfiguration {

    @Bean
    EventInbox orderEventInbox(SqsClient orderEventsSqsClient, EventsProperties properties) {
        return new SqsEventInbox(orderEventsSqsClient, properties.orderQueueUrl(), properties.consumer().waitTime(),
                properties.consumer().maxMessages());
    }

    @Bean
    OrderEventConsumer orderEventConsumer(EventInbox orderEventInbox, OrderPlacedHandler handler, EventsProperties properties,
            Observability observability) {
        return new OrderEventConsumer(orderEventInbox, handler, properties.consumer().waitTime().plusSeconds(5),
                observability);
    }
}

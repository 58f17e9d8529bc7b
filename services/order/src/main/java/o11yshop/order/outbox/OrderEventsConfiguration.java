package o11yshop.order.outbox;

import java.time.Clock;
import o11yshop.platform.observability.Observability;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Publishes order events when {@code shop.events.order-queue-url} names a queue, with the SQS client the
 * platform's {@code OrderEventsQueueAutoConfiguration} builds for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${shop.events.order-queue-url:}'.isBlank()")
class OrderEventsConfiguration {

    @Bean
    OrderEventPublisher orderEventPublisher(SqsClient orderEventsSqsClient, EventsProperties properties) {
        return new SqsOrderEventPublisher(orderEventsSqsClient, properties.orderQueueUrl());
    }

    @Bean
    OutboxRelay outboxRelay(OutboxRepository outbox, OrderEventPublisher orderEventPublisher, TransactionTemplate transactions,
            Clock clock, EventsProperties properties, Observability observability) {
        return new OutboxRelay(outbox, orderEventPublisher, transactions, clock, properties.relay().batchSize(),
                observability);
    }

    @Bean
    ScheduledRelay scheduledOutboxRelay(OutboxRelay outboxRelay) {
        return new ScheduledRelay(outboxRelay);
    }

    /** Runs the relay again {@code shop.events.relay.interval} after each run ends. */
    static class ScheduledRelay {

        private final OutboxRelay relay;

        ScheduledRelay(OutboxRelay relay) {
            this.relay = relay;
        }

        @Scheduled(fixedDelayString = "${shop.events.relay.interval:1s}", initialDelayString = "${shop.events.relay.interval:1s}")
        void run() {
            relay.publishPending();
        }
    }
}

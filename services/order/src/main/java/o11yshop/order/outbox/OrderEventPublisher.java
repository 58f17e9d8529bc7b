package o11yshop.order.outbox;

import java.util.Optional;

/**
 * Where order events go once they are out of the outbox: an SQS queue today; an SNS topic or an
 * EventBridge bus for fan-out later, as another implementation of this port and without a change to the
 * order code.
 */
public interface OrderEventPublisher {

    /**
     * Publishes the event or throws. Publishing one event more than once is allowed (consumers apply each
     * event ID once); losing one is not, so a method that returns must have handed the event over.
     *
     * @param traceHeader the trace the consumer is to continue, when one is being traced
     */
    void publish(OutboxMessage message, Optional<String> traceHeader);
}

package o11yshop.inventory.events;

import java.time.Duration;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls the order-events inbox on a thread of its own while the service runs, applies each message, and
 * acknowledges it only once applied. A message that fails stays on the queue: it comes back after the
 * queue's visibility timeout, and after {@code maxReceiveCount} tries the queue's redrive policy moves it
 * to the dead-letter queue, where an operator can look at it.
 */
class OrderEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrderEventConsumer.class);
    // after the queue itself failed (unreachable, throttled), so an outage does not become a busy loop
    private static final Duration PAUSE_AFTER_QUEUE_FAILURE = Duration.ofSeconds(2);

    private final EventInbox inbox;
    private final OrderPlacedHandler handler;
    private final Duration stopTimeout;
    private final Observability observability;
    private volatile boolean running;
    private Thread poller;

    /** {@code stopTimeout}: how long stopping waits for a poll in flight, at least the long-poll wait. */
    OrderEventConsumer(EventInbox inbox, OrderPlacedHandler handler, Duration stopTimeout, Observability observability) {
        this.inbox = inbox;
        this.handler = handler;
        this.stopTimeout = stopTimeout;
        this.observability = observability;
    }

    @Override
    public void start() {
        running = true;
        poller = Thread.ofPlatform().name("order-events-consumer").daemon(true).start(this::pollWhileRunning);
        log.info("Consuming order events");
    }

    @Override
    public void stop() {
        running = false;
        poller.interrupt();
        try {
            poller.join(stopTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void pollWhileRunning() {
        while (running) {
            try {
                inbox.receive().forEach(this::apply);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Could not receive or acknowledge order events; trying again in {}", PAUSE_AFTER_QUEUE_FAILURE, e);
                pause();
            }
        }
    }

    /**
     * Applies the message in the trace of the checkout that sent it (O-TRACE-02: order → queue → inventory);
     * the acknowledgement (SQS DeleteMessage) is part of that work, and a failure's log line carries the trace.
     */
    private void apply(InboundMessage message) {
        try (BusinessSpan work = observability.continueTrace(message.traceHeader())) {
            work.metadata("message_id", message.messageId()).metadata("receive_count", message.receiveCount());
            try {
                handler.handle(message.body());
            } catch (RuntimeException e) {
                work.recordError(e);
                log.warn("Order event message {} could not be applied (delivery {}); the queue delivers it again, "
                        + "and moves it to the dead-letter queue after its maxReceiveCount", message.messageId(),
                        message.receiveCount(), e);
                return;
            }
            inbox.acknowledge(message);
        }
    }

    private void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_QUEUE_FAILURE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

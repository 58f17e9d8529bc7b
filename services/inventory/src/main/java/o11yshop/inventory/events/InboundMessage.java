package o11yshop.inventory.events;

import java.util.Optional;

/**
 * A message taken from a queue, to be acknowledged once it has been applied.
 *
 * @param messageId the queue's ID of the message, for the logs
 * @param receiveCount how many times the queue has handed this message out, this time included
 * @param acknowledgement what the queue needs to remove this delivery of the message (SQS: the receipt handle)
 * @param traceHeader the trace of the request that sent it (SQS: the {@code AWSTraceHeader} system attribute)
 */
public record InboundMessage(String messageId, String body, int receiveCount, String acknowledgement,
        Optional<String> traceHeader) {
}

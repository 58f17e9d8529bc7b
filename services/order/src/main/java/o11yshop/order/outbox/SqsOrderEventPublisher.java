package o11yshop.order.outbox;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;

/**
 * Sends each event as one message to the order-events queue; the body is the event's JSON, and the
 * trace travels in the {@code AWSTraceHeader} system attribute.
 */
class SqsOrderEventPublisher implements OrderEventPublisher {

    static final String EVENT_TYPE_ATTRIBUTE = "eventType";
    static final String EVENT_ID_ATTRIBUTE = "eventId";

    private final SqsClient sqs;
    private final String queueUrl;

    SqsOrderEventPublisher(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void publish(OutboxMessage message, Optional<String> traceHeader) {
        sqs.sendMessage(request -> request
                .queueUrl(queueUrl)
                .messageBody(message.payload())
                // consumers can route or filter without parsing the body
                .messageAttributes(Map.of(
                        EVENT_TYPE_ATTRIBUTE, stringAttribute(message.type()),
                        EVENT_ID_ATTRIBUTE, stringAttribute(message.eventId().toString())))
                // SQS's own place for the trace, which X-Ray and Lambda read too
                .messageSystemAttributes(traceHeader
                        .map(header -> Map.of(MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
                                MessageSystemAttributeValue.builder().dataType("String").stringValue(header).build()))
                        .orElse(Map.of())));
    }

    private static MessageAttributeValue stringAttribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}

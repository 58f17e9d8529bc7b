package o11yshop.order.outbox;

import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Sends each event as one message to the order-events queue; the body is the event's JSON. */
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
    public void publish(OutboxMessage message) {
        sqs.sendMessage(request -> request
                .queueUrl(queueUrl)
                .messageBody(message.payload())
                // consumers can route or filter without parsing the body
                .messageAttributes(Map.of(
                        EVENT_TYPE_ATTRIBUTE, stringAttribute(message.type()),
                        EVENT_ID_ATTRIBUTE, stringAttribute(message.eventId().toString()))));
    }

    private static MessageAttributeValue stringAttribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}

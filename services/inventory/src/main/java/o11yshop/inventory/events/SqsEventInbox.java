package o11yshop.inventory.events;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * An SQS queue as an {@link EventInbox}, long-polling so an idle consumer costs one request per wait.
 * Retries and the dead-letter queue are the queue's own: a message not deleted becomes visible again after
 * the queue's visibility timeout, and its redrive policy moves it aside after {@code maxReceiveCount}.
 */
class SqsEventInbox implements EventInbox {

    private final SqsClient sqs;
    private final String queueUrl;
    private final int waitTimeSeconds;
    private final int maxMessages;

    SqsEventInbox(SqsClient sqs, String queueUrl, Duration waitTime, int maxMessages) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.waitTimeSeconds = (int) waitTime.toSeconds();
        this.maxMessages = maxMessages;
    }

    @Override
    public List<InboundMessage> receive() {
        return sqs.receiveMessage(request -> request
                        .queueUrl(queueUrl)
                        .waitTimeSeconds(waitTimeSeconds)
                        .maxNumberOfMessages(maxMessages)
                        .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
                                MessageSystemAttributeName.AWS_TRACE_HEADER))
                .messages().stream()
                .map(SqsEventInbox::toInbound)
                .toList();
    }

    @Override
    public void acknowledge(InboundMessage message) {
        sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.acknowledgement()));
    }

    private static InboundMessage toInbound(Message message) {
        String receiveCount = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
        return new InboundMessage(message.messageId(), message.body(),
                receiveCount == null ? 1 : Integer.parseInt(receiveCount), message.receiptHandle(),
                Optional.ofNullable(message.attributes().get(MessageSystemAttributeName.AWS_TRACE_HEADER)));
    }
}

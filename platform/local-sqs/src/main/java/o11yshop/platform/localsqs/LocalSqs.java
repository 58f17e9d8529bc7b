package o11yshop.platform.localsqs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS-compatible server (ElasticMQ) on the loopback interface, reached over HTTP by the AWS SDK exactly
 * as SQS is, and queues made on it as Terraform makes them in AWS: each with a dead-letter queue and a
 * redrive policy, so that a message that keeps failing moves aside by the queue's own rule.
 */
public final class LocalSqs {

    private LocalSqs() {
    }

    /** A started server; {@code region} is the one ElasticMQ puts in its queue ARNs. */
    public static SQSRestServer start(int port, String region) {
        SQSRestServer server = SQSRestServerBuilder
                .withInterface("127.0.0.1")
                .withPort(port)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                .withAWSRegion(region)
                .start();
        server.waitUntilStarted();
        return server;
    }

    /** A queue and the dead-letter queue its redrive policy moves messages to. */
    public record QueueWithDeadLetterQueue(String queueUrl, String deadLetterQueueUrl) {
    }

    /**
     * Creates {@code name} and {@code name-dlq}: a message received {@code maxReceiveCount} times without
     * being deleted moves to the dead-letter queue on its next receive.
     *
     * @param attributes more attributes of the queue, beside its redrive policy
     */
    public static QueueWithDeadLetterQueue createWithDeadLetterQueue(SqsClient sqs, String name, int maxReceiveCount,
            Map<QueueAttributeName, String> attributes) {
        String deadLetterQueueUrl = sqs.createQueue(request -> request.queueName(name + "-dlq")).queueUrl();
        String deadLetterQueueArn = sqs.getQueueAttributes(request -> request.queueUrl(deadLetterQueueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        Map<QueueAttributeName, String> all = new LinkedHashMap<>(attributes);
        all.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + deadLetterQueueArn
                + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}");
        String queueUrl = sqs.createQueue(request -> request.queueName(name).attributes(all)).queueUrl();
        return new QueueWithDeadLetterQueue(queueUrl, deadLetterQueueUrl);
    }
}

package o11yshop.launcher.localinfra;

import java.net.URI;
import java.util.Map;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The queues between the services, played locally by ElasticMQ (an SQS-compatible server) in the
 * launcher's JVM. The launcher creates them as Terraform does in AWS: each with a dead-letter queue
 * and a redrive policy, so that a message that keeps failing moves aside by the queue's own rule.
 */
public final class EmbeddedQueues implements AutoCloseable {

    /** ElasticMQ accepts any credentials and region; the services are given these. */
    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY_ID = "local";
    public static final String SECRET_ACCESS_KEY = "local";

    public static final String ORDER_EVENTS = "order-events";
    static final int MAX_RECEIVE_COUNT = 5;

    private final SQSRestServer server;
    private final URI endpoint;
    private final String orderEventsUrl;

    private EmbeddedQueues(SQSRestServer server, URI endpoint, String orderEventsUrl) {
        this.server = server;
        this.endpoint = endpoint;
        this.orderEventsUrl = orderEventsUrl;
    }

    public static EmbeddedQueues start(int port) {
        SQSRestServer server = SQSRestServerBuilder
                .withInterface("127.0.0.1")
                .withPort(port)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                .withAWSRegion(REGION)
                .start();
        server.waitUntilStarted();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        try (SqsClient sqs = client(endpoint)) {
            return new EmbeddedQueues(server, endpoint, createWithDeadLetterQueue(sqs, ORDER_EVENTS));
        } catch (RuntimeException e) {
            server.stopAndWait();
            throw e;
        }
    }

    private static String createWithDeadLetterQueue(SqsClient sqs, String name) {
        String deadLetterUrl = sqs.createQueue(request -> request.queueName(name + "-dlq")).queueUrl();
        String deadLetterArn = sqs.getQueueAttributes(request -> request.queueUrl(deadLetterUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String redrivePolicy = "{\"deadLetterTargetArn\":\"" + deadLetterArn + "\",\"maxReceiveCount\":\""
                + MAX_RECEIVE_COUNT + "\"}";
        return sqs.createQueue(request -> request.queueName(name)
                .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, redrivePolicy))).queueUrl();
    }

    private static SqsClient client(URI endpoint) {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public URI endpoint() {
        return endpoint;
    }

    public String orderEventsUrl() {
        return orderEventsUrl;
    }

    /** What a service needs to reach these queues, named as the services read it. */
    public Map<String, String> environment() {
        return Map.of(
                "SHOP_EVENTS_SQS_ENDPOINT", endpoint.toString(),
                "SHOP_EVENTS_SQS_REGION", REGION,
                "SHOP_EVENTS_SQS_ACCESS_KEY_ID", ACCESS_KEY_ID,
                "SHOP_EVENTS_SQS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY,
                "SHOP_EVENTS_ORDER_QUEUE_URL", orderEventsUrl);
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}

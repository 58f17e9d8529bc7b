package o11yshop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import o11yshop.platform.localsqs.LocalSqs;
import org.elasticmq.rest.sqs.SQSRestServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An SQS-compatible queue server (ElasticMQ) in the test JVM, reached over HTTP by the AWS SDK exactly as
 * SQS is, started once per JVM. Queues get a real redrive policy, so dead-lettering is the queue's own
 * behaviour and not something a test imitates.
 *
 * <p>A module that uses it declares {@code org.elasticmq:elasticmq-server_2.13} and
 * {@code software.amazon.awssdk:sqs} as test dependencies: platform-testing has them as optional.
 */
public final class EmbeddedSqs {

    /** The region ElasticMQ puts in its queue ARNs; clients of the embedded server use it too. */
    public static final String REGION = "ap-northeast-1";
    /** ElasticMQ accepts any credentials; these are what the clients of the embedded server send. */
    public static final String ACCESS_KEY_ID = "test";
    public static final String SECRET_ACCESS_KEY = "test";

    private static EmbeddedSqs shared;

    private final URI endpoint;
    private final SqsClient client;

    private EmbeddedSqs(URI endpoint) {
        this.endpoint = endpoint;
        this.client = SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                .build();
    }

    /** The server of this JVM, started on first use on a free port and stopped when the JVM exits. */
    public static synchronized EmbeddedSqs shared() {
        if (shared == null) {
            int port = freePort();
            SQSRestServer server = LocalSqs.start(port, REGION);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndWait));
            shared = new EmbeddedSqs(URI.create("http://127.0.0.1:" + port));
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * A service's settings for the order-events queue at {@code queueUrl}, reached at {@code endpoint} (this
     * server's, or a link to it), followed by {@code more} settings given as name, value, name, value.
     */
    public static Map<String, String> orderEventsSettings(String queueUrl, URI endpoint, String... more) {
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "shop.events.order-queue-url", queueUrl,
                "shop.events.sqs.endpoint", endpoint.toString(),
                "shop.events.sqs.region", REGION,
                "shop.events.sqs.access-key-id", ACCESS_KEY_ID,
                "shop.events.sqs.secret-access-key", SECRET_ACCESS_KEY));
        for (int i = 0; i + 1 < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    /** A client of this server, for tests to send, receive and inspect messages. */
    public SqsClient client() {
        return client;
    }

    /** A queue and the dead-letter queue its redrive policy moves messages to. */
    public record QueueWithDeadLetterQueue(String queueUrl, String deadLetterQueueUrl) {
    }

    /**
     * Creates {@code name} and {@code name-dlq}: a message received {@code maxReceiveCount} times without
     * being deleted moves to the dead-letter queue on its next receive. A short {@code visibilityTimeout}
     * makes failed messages come back quickly.
     */
    public QueueWithDeadLetterQueue createQueueWithDeadLetterQueue(String name, int maxReceiveCount,
            Duration visibilityTimeout) {
        LocalSqs.QueueWithDeadLetterQueue created = LocalSqs.createWithDeadLetterQueue(client, name, maxReceiveCount,
                Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(visibilityTimeout.toSeconds())));
        return new QueueWithDeadLetterQueue(created.queueUrl(), created.deadLetterQueueUrl());
    }

    public void send(String queueUrl, String body) {
        client.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
    }

    /** Messages on the queue, visible or being handled by a consumer right now. */
    public int messagesOn(String queueUrl) {
        Map<QueueAttributeName, String> attributes = client.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    /**
     * Waits until a message with this body is on the queue, and takes it off; fails after {@code timeout}.
     * For looking into a dead-letter queue. Other messages stay where they are.
     */
    public Message awaitMessage(String queueUrl, String body, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Message> messages = client.receiveMessage(request -> request.queueUrl(queueUrl).waitTimeSeconds(1)
                    .maxNumberOfMessages(10).visibilityTimeout(0)).messages();
            for (Message message : messages) {
                if (message.body().equals(body)) {
                    client.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                    return message;
                }
            }
        }
        throw new AssertionError("No message with body " + body + " arrived on " + queueUrl + " within " + timeout);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

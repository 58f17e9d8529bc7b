package o11yshop.launcher.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import o11yshop.launcher.topology.QueueSpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The launcher's queues, used through the AWS SDK as the services use them. */
class EmbeddedQueuesTest {

    @Test
    void aMessageThatKeepsFailingMovesToTheDeadLetterQueue() throws IOException {
        QueueSpec orderEvents = new QueueSpec("order-events", "SHOP_EVENTS_ORDER_QUEUE_URL", 5, List.of("order"), List.of("inventory"));
        try (EmbeddedQueues queues = EmbeddedQueues.start(freePort(), List.of(orderEvents));
             SqsClient sqs = SqsClient.builder()
                     .endpointOverride(queues.endpoint())
                     .region(Region.of(EmbeddedQueues.REGION))
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                             EmbeddedQueues.ACCESS_KEY_ID, EmbeddedQueues.SECRET_ACCESS_KEY)))
                     .httpClient(UrlConnectionHttpClient.create())
                     .build()) {
            String queue = queues.urlOf(orderEvents);
            sqs.sendMessage(request -> request.queueUrl(queue).messageBody("{\"poison\":true}"));

            for (int attempt = 0; attempt < orderEvents.maxReceiveCount(); attempt++) {
                List<Message> received = sqs.receiveMessage(request -> request.queueUrl(queue)
                        .waitTimeSeconds(2).visibilityTimeout(0)).messages();
                assertThat(received).as("receive %d", attempt + 1).hasSize(1);
            }
            assertThat(sqs.receiveMessage(request -> request.queueUrl(queue).waitTimeSeconds(1)).messages()).isEmpty();

            String deadLetters = sqs.getQueueUrl(request -> request.queueName("order-events-dlq")).queueUrl();
            assertThat(sqs.receiveMessage(request -> request.queueUrl(deadLetters).waitTimeSeconds(2)).messages())
                    .extracting(Message::body).containsExactly("{\"poison\":true}");
            assertThat(queues.environment()).containsEntry("SHOP_EVENTS_ORDER_QUEUE_URL", queue)
                    .containsEntry("SHOP_EVENTS_SQS_ENDPOINT", queues.endpoint().toString());
            assertThat(URI.create(queue).getPath()).endsWith("/order-events");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

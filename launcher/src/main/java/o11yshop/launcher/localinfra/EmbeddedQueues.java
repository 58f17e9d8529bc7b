package o11yshop.launcher.localinfra;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import o11yshop.launcher.topology.QueueSpec;
import o11yshop.platform.localsqs.LocalSqs;
import org.elasticmq.rest.sqs.SQSRestServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

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

    private final SQSRestServer server;
    private final URI endpoint;
    private final Map<QueueSpec, String> urls;

    private EmbeddedQueues(SQSRestServer server, URI endpoint, Map<QueueSpec, String> urls) {
        this.server = server;
        this.endpoint = endpoint;
        this.urls = urls;
    }

    /** @param queues the topology's queues, each created with its dead-letter queue */
    public static EmbeddedQueues start(int port, List<QueueSpec> queues) {
        SQSRestServer server = LocalSqs.start(port, REGION);
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        try (SqsClient sqs = client(endpoint)) {
            Map<QueueSpec, String> urls = new LinkedHashMap<>();
            queues.forEach(queue -> urls.put(queue, LocalSqs.createWithDeadLetterQueue(
                    sqs, queue.name(), queue.maxReceiveCount(), Map.of()).queueUrl()));
            return new EmbeddedQueues(server, endpoint, urls);
        } catch (RuntimeException e) {
            server.stopAndWait();
            throw e;
        }
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

    public String urlOf(QueueSpec queue) {
        return urls.get(queue);
    }

    /** What a service needs to reach these queues, named as the services read it: each URL by its queue's variable. */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SHOP_EVENTS_SQS_ENDPOINT", endpoint.toString());
        environment.put("SHOP_EVENTS_SQS_REGION", REGION);
        environment.put("SHOP_EVENTS_SQS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        environment.put("SHOP_EVENTS_SQS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        urls.forEach((queue, url) -> environment.put(queue.urlVariable(), url));
        return environment;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}

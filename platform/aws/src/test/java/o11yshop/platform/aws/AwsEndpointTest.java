package o11yshop.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SDK's real requests, sent where the endpoint says and signed with the keys it gives. */
class AwsEndpointTest {

    @Test
    void aClientGoesToTheEmulatorsEndpointInItsRegionWithItsKeys() throws IOException {
        AtomicReference<String> authorization = new AtomicReference<>();
        HttpServer emulator = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        emulator.createContext("/", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"QueueUrls\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        emulator.start();
        URI endpoint = URI.create("http://127.0.0.1:" + emulator.getAddress().getPort());
        try (SqsClient sqs = new AwsEndpoint(endpoint, "ap-northeast-1", "local", "local-secret")
                .applyTo(SqsClient.builder()).build()) {

            sqs.listQueues();

            assertThat(authorization.get())
                    .startsWith("AWS4-HMAC-SHA256 Credential=local/")
                    .contains("/ap-northeast-1/sqs/aws4_request");
        } finally {
            emulator.stop(0);
        }
    }

    @Test
    void aKeyWithoutItsSecretIsAMistakeCaughtAtStart() {
        assertThatThrownBy(() -> new AwsEndpoint(null, null, "local", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("set both or neither");
    }
}

package o11yshop.platform.observability.awsnative.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import o11yshop.platform.observability.TracedServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Mode {@code xray} with no daemon anywhere — a developer's laptop without the launcher's sink: the
 * service works, says once where sampling comes from, and writes no stack trace or warning about it.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoDaemonTest {

    @Test
    void withoutADaemonTheServiceRunsQuietly(CapturedOutput output) throws Exception {
        int nobodysPort = freeUdpPort();
        TracedServices.pointXRayAt("127.0.0.1:" + nobodysPort);
        try (ConfigurableApplicationContext service = TracedServices.start("lonely", "http://127.0.0.1:1/issuer",
                "--shop.observability.mode=xray", "--shop.observability.xray.sampling-rules=classpath:test-sampling-rules.json")) {
            String baseUrl = TracedServices.baseUrl(service);
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/stock/" + i)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("X-Amzn-Trace-Id")).isPresent();
            }
        } finally {
            TracedServices.forgetXRayDaemon();
        }

        String logs = output.getOut() + output.getErr();
        assertThat(logs).contains("X-Ray segments go to UDP 127.0.0.1:" + nobodysPort + "; no X-Ray daemon answers at http://127.0.0.1:"
                + nobodysPort + ": sampling follows the local rules in");
        assertThat(logs).doesNotContain("\tat ").doesNotContain("\"exception\"")
                .doesNotContain("\"level\":\"ERROR\"").doesNotContain("\"level\":\"WARN\"");
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return probe.getLocalPort();
        }
    }
}

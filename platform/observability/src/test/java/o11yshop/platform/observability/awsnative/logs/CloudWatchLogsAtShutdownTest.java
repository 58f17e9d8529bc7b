package o11yshop.platform.observability.awsnative.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import o11yshop.platform.observability.TracedServices;
import o11yshop.platform.observability.testing.RecordingCloudWatchLogs;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What is waiting when the service stops is shipped before it is gone — here everything, as the
 * interval is an hour. In mode {@code off}: shipping logs does not depend on tracing.
 */
class CloudWatchLogsAtShutdownTest {

    @Test
    void theLinesWaitingAtShutdownAreShipped() throws Exception {
        try (RecordingCloudWatchLogs cloudWatchLogs = RecordingCloudWatchLogs.start()) {
            ConfigurableApplicationContext service = TracedServices.start("shelf", "http://127.0.0.1:1/issuer",
                    "--shop.observability.mode=off",
                    "--shop.observability.logs.cloudwatch.enabled=true",
                    "--shop.observability.logs.cloudwatch.batch-interval=1h",
                    "--shop.observability.logs.cloudwatch.api.endpoint=" + cloudWatchLogs.endpoint(),
                    "--shop.observability.logs.cloudwatch.api.region=eu-west-1",
                    "--shop.observability.logs.cloudwatch.api.access-key-id=AKIAO11YSHOPEXAMPLE",
                    "--shop.observability.logs.cloudwatch.api.secret-access-key=o11yshop-example-secret");
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TracedServices.baseUrl(service) + "/stock/9")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(cloudWatchLogs.requests()).as("nothing before the first interval").isEmpty();

            service.close();

            assertThat(cloudWatchLogs.requests()).extracting(RecordingCloudWatchLogs::operation)
                    .containsExactly("CreateLogGroup", "CreateLogStream", "PutLogEvents");
            assertThat(cloudWatchLogs.events()).extracting(RecordingCloudWatchLogs.Event::message)
                    .anySatisfy(line -> assertThat(line).contains("\"message\":\"Counting stock of product 9\""))
                    .anySatisfy(line -> assertThat(line).as("written while the service stops")
                            .contains("\"message\":\"Commencing graceful shutdown."))
                    .noneSatisfy(line -> assertThat(line).contains("\"trace_id\""));
        }
    }
}

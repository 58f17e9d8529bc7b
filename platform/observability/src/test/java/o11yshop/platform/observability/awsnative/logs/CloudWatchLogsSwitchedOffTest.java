package o11yshop.platform.observability.awsnative.logs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import o11yshop.platform.observability.TracedServices;
import o11yshop.platform.observability.testing.RecordingCloudWatchLogs;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/** Without the switch nothing ships: no appender, no client, no request — even with an endpoint configured. */
class CloudWatchLogsSwitchedOffTest {

    @Test
    void withTheSwitchOffNothingIsCreatedAndNothingSent() throws Exception {
        try (RecordingCloudWatchLogs cloudWatchLogs = RecordingCloudWatchLogs.start();
                ConfigurableApplicationContext service = TracedServices.start("shelf", "http://127.0.0.1:1/issuer",
                        "--shop.observability.logs.cloudwatch.batch-interval=1s",
                        "--shop.observability.logs.cloudwatch.api.endpoint=" + cloudWatchLogs.endpoint(),
                        "--shop.observability.logs.cloudwatch.api.region=eu-west-1")) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TracedServices.baseUrl(service) + "/stock/1")).build(),
                    HttpResponse.BodyHandlers.discarding());

            // three intervals: a shipper would have sent by now
            Thread.sleep(3000);
            assertThat(cloudWatchLogs.requests()).isEmpty();
            assertThat(Arrays.stream(service.getBeanDefinitionNames()).map(name -> service.getBean(name).getClass().getName()))
                    .noneMatch(type -> type.startsWith("o11yshop.platform.observability.awsnative.logs.")
                            || type.startsWith("software.amazon.awssdk.services.cloudwatchlogs."));
            Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
            assertThat(StreamSupport.stream(Spliterators.spliteratorUnknownSize(root.iteratorForAppenders(), 0), false))
                    .noneMatch(CloudWatchLogsAppender.class::isInstance);
        }
    }
}

package o11yshop.platform.observability.awsnative.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import o11yshop.platform.aws.AwsEndpoint;
import o11yshop.platform.observability.testing.RecordingCloudWatchLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/**
 * The shipper on its own, without Spring, sending with the AWS SDK's real client to a local endpoint
 * that answers as CloudWatch Logs does — including when it refuses.
 */
@ExtendWith(OutputCaptureExtension.class)
class CloudWatchLogsShipperTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration NEVER = Duration.ofHours(1);
    private static final LogDestination DESTINATION = new LogDestination("/o11y-shop/shelf", "shelf/test");
    private static final long NOW = System.currentTimeMillis();

    private final RecordingCloudWatchLogs cloudWatchLogs = RecordingCloudWatchLogs.start();

    @AfterEach
    void stop() {
        cloudWatchLogs.close();
    }

    @Test
    void theGroupAndStreamAreCreatedFirstAndTheLinesGoInTheOrderTheyWereLogged() {
        try (CloudWatchLogsShipper shipper = shipper(10, true)) {
            shipper.offer(LogLine.of(NOW + 1, "second"));
            shipper.offer(LogLine.of(NOW, "first"));
            shipper.start(Duration.ofMillis(100));

            cloudWatchLogs.awaitEvent(event -> event.message().equals("second"), WAIT);
        }

        assertThat(cloudWatchLogs.requests()).extracting(RecordingCloudWatchLogs::operation)
                .containsExactly("CreateLogGroup", "CreateLogStream", "PutLogEvents");
        assertThat(cloudWatchLogs.events()).containsExactly(
                new RecordingCloudWatchLogs.Event(DESTINATION.logGroup(), DESTINATION.logStream(), NOW, "first"),
                new RecordingCloudWatchLogs.Event(DESTINATION.logGroup(), DESTINATION.logStream(), NOW + 1, "second"));
    }

    @Test
    void aLogGroupThatExistsAlreadyIsUsed() {
        cloudWatchLogs.existingLogGroup(DESTINATION.logGroup());

        try (CloudWatchLogsShipper shipper = shipper(10, true)) {
            shipper.offer(LogLine.of(NOW, "into the existing group"));
        }

        assertThat(cloudWatchLogs.events()).extracting(RecordingCloudWatchLogs.Event::message).containsExactly("into the existing group");
    }

    @Test
    void withoutCreatingTheGroupAndStreamMustExist(CapturedOutput output) {
        try (CloudWatchLogsShipper shipper = shipper(10, false)) {
            shipper.offer(LogLine.of(NOW, "nowhere to go"));
        }

        assertThat(cloudWatchLogs.requests()).extracting(RecordingCloudWatchLogs::operation).containsExactly("PutLogEvents");
        assertThat(output).contains("ResourceNotFoundException").contains("1 log lines could not be shipped to CloudWatch Logs before shutdown");
    }

    @Test
    void aFailureIsSaidOnceAndTheLinesAreTriedAgainEachIntervalUntilItWorks(CapturedOutput output) {
        cloudWatchLogs.failWith("AccessDeniedException");
        try (CloudWatchLogsShipper shipper = shipper(10, true)) {
            shipper.offer(LogLine.of(NOW, "kept while CloudWatch Logs refuses"));
            shipper.start(Duration.ofMillis(100));
            awaitRequests(4);

            assertThat(output.toString()).as("said once, though tried again and again")
                    .containsOnlyOnce("failed; they are kept and tried again each interval")
                    .contains("AccessDeniedException");

            cloudWatchLogs.recover();
            cloudWatchLogs.awaitEvent(event -> event.message().equals("kept while CloudWatch Logs refuses"), WAIT);
        }

        assertThat(output).contains("Shipping log lines to CloudWatch Logs (" + cloudWatchLogs.endpoint() + ", "
                + DESTINATION + ") works again");
    }

    @Test
    void aFullQueueDropsTheNewestLinesAndSaysHowManyInOneLine(CapturedOutput output) {
        try (CloudWatchLogsShipper shipper = shipper(3, true)) {
            shipper.start(NEVER);
            for (int line = 1; line <= 5; line++) {
                shipper.offer(LogLine.of(NOW + line, "line " + line));
            }
        }

        assertThat(cloudWatchLogs.events()).extracting(RecordingCloudWatchLogs.Event::message).containsExactly("line 1", "line 2", "line 3");
        assertThat(output.toString()).containsOnlyOnce("2 log lines were dropped, not shipped to CloudWatch Logs: the queue was full (3 lines");
    }

    @Test
    void closingShipsWhatIsWaitingAtOnce() {
        try (CloudWatchLogsShipper shipper = shipper(10, true)) {
            shipper.start(NEVER);
            shipper.offer(LogLine.of(NOW, "the last words"));
            assertThat(cloudWatchLogs.requests()).isEmpty();
        }

        assertThat(cloudWatchLogs.events()).extracting(RecordingCloudWatchLogs.Event::message).containsExactly("the last words");
    }

    private CloudWatchLogsShipper shipper(int capacity, boolean createIfMissing) {
        CloudWatchLogsClient client = new AwsEndpoint(cloudWatchLogs.endpoint(), "eu-west-1", "AKIAO11YSHOPEXAMPLE", "o11yshop-example-secret")
                .applyTo(CloudWatchLogsClient.builder())
                .build();
        return new CloudWatchLogsShipper(client, DESTINATION, createIfMissing, capacity, cloudWatchLogs.endpoint().toString());
    }

    private void awaitRequests(int count) {
        List<?> received = List.of();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            received = cloudWatchLogs.requests();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(received).hasSizeGreaterThanOrEqualTo(count);
    }
}

package o11yshop.platform.observability.awsnative.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import o11yshop.platform.observability.StdoutCapture;
import o11yshop.platform.observability.TracedServices;
import o11yshop.platform.observability.testing.RecordingCloudWatchLogs;
import o11yshop.platform.observability.testing.RecordingDaemon;
import o11yshop.platform.testing.RecordingEndpoint.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real service in mode {@code xray} shipping its log lines every second to a local endpoint that
 * answers as CloudWatch Logs does and keeps the AWS SDK's real requests. The SDK's and the HTTP client's
 * own debug lines are switched on, to show they stay on stdout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudWatchLogsShippingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ACCESS_KEY_ID = "AKIAO11YSHOPEXAMPLE";
    /** AWS4-HMAC-SHA256 Credential=<key>/<yyyyMMdd>/<region>/<service>/aws4_request, SignedHeaders=…, Signature=<64 hex>. */
    private static final Pattern SIGV4 = Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, "
            + "SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}");
    private static final List<String> NOT_SHIPPED = List.of("software.amazon.awssdk.", "org.apache.http.",
            "o11yshop.platform.observability.awsnative.logs.");

    private final HttpClient http = HttpClient.newHttpClient();
    private StdoutCapture output;
    private RecordingDaemon daemon;
    private RecordingCloudWatchLogs cloudWatchLogs;
    private ConfigurableApplicationContext service;

    @BeforeAll
    void startService() {
        output = StdoutCapture.start();
        daemon = RecordingDaemon.start();
        cloudWatchLogs = RecordingCloudWatchLogs.start();
        TracedServices.pointXRayAt(daemon.address());
        // every request sampled: with the default rules (1 a second, then 5 %) a second request in the same
        // second would have a trace ID but no recorded segment, hence no span ID in its lines
        service = TracedServices.start("shelf", "http://127.0.0.1:1/issuer", "--shop.observability.mode=xray",
                "--shop.observability.xray.sampling-rules=classpath:o11yshop/platform/observability/awsnative/tracing/sampling-rules-everything.json",
                "--shop.observability.logs.cloudwatch.enabled=true",
                "--shop.observability.logs.cloudwatch.batch-interval=1s",
                "--shop.observability.logs.cloudwatch.api.endpoint=" + cloudWatchLogs.endpoint(),
                "--shop.observability.logs.cloudwatch.api.region=eu-west-1",
                "--shop.observability.logs.cloudwatch.api.access-key-id=" + ACCESS_KEY_ID,
                "--shop.observability.logs.cloudwatch.api.secret-access-key=o11yshop-example-secret",
                "--logging.level.software.amazon.awssdk.request=DEBUG",
                "--logging.level.org.apache.http.impl.conn=DEBUG");
    }

    @AfterAll
    void stop() {
        service.close();
        cloudWatchLogs.close();
        daemon.close();
        TracedServices.forgetXRayDaemon();
        output.close();
    }

    @Test
    void everyCallIsASignedAwsJsonRequestToTheLogsApi() {
        cloudWatchLogs.await(request -> RecordingCloudWatchLogs.operation(request).equals("PutLogEvents"), WAIT);

        assertThat(cloudWatchLogs.requests()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/");
            assertThat(request.header("Content-Type")).isEqualTo(RecordingCloudWatchLogs.CONTENT_TYPE);
            assertThat(request.header("X-Amz-Target")).startsWith(RecordingCloudWatchLogs.TARGET_PREFIX);
            Matcher signature = SIGV4.matcher(request.header("Authorization"));
            assertThat(signature.matches()).as(request.header("Authorization")).isTrue();
            assertThat(signature.group(1)).isEqualTo(ACCESS_KEY_ID);
            assertThat(signature.group(3)).isEqualTo("eu-west-1");
            assertThat(signature.group(4)).as("CloudWatch Logs' signing name").isEqualTo("logs");
            assertThat(signature.group(5).split(";")).contains("host", "x-amz-date", "x-amz-target");
            assertThat(request.header("Authorization")).doesNotContain("o11yshop-example-secret");
        });
    }

    @Test
    void theLogGroupAndStreamAreCreatedBeforeTheFirstLines() {
        cloudWatchLogs.await(request -> RecordingCloudWatchLogs.operation(request).equals("PutLogEvents"), WAIT);

        List<Request> requests = cloudWatchLogs.requests();
        assertThat(requests).extracting(RecordingCloudWatchLogs::operation).startsWith("CreateLogGroup", "CreateLogStream", "PutLogEvents");
        assertThat(RecordingCloudWatchLogs.document(requests.get(0)).path("logGroupName").asString()).isEqualTo("/o11y-shop/shelf");
        String stream = RecordingCloudWatchLogs.document(requests.get(1)).path("logStreamName").asString();
        assertThat(stream).as("the service, then an ID of this start").matches("shelf/[0-9a-f-]{36}");
        assertThat(cloudWatchLogs.events()).allSatisfy(event -> {
            assertThat(event.logGroup()).isEqualTo("/o11y-shop/shelf");
            assertThat(event.logStream()).isEqualTo(stream);
        });
    }

    @Test
    void aLineLoggedInARequestArrivesWithinTheIntervalAsTheConsoleWroteItWithItsTrace() {
        HttpResponse<String> response = get("/stock/7");
        String traceId = response.headers().firstValue("X-Amzn-Trace-Id").orElseThrow().replaceAll("^Root=([^;]+).*", "$1");

        RecordingCloudWatchLogs.Event event = cloudWatchLogs.awaitEvent(
                line -> line.message().contains("\"message\":\"Counting stock of product 7\""), WAIT);

        assertThat(output.text().lines()).as("the very line the console wrote").contains(event.message());
        JsonNode line = JSON.readTree(event.message());
        assertThat(line.path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("service").asString()).isEqualTo("shelf");
        assertThat(line.path("version").asString()).isEqualTo("dev");
        assertThat(line.path("logger").asString()).endsWith("TracedTestApplication$Endpoints");
        assertThat(line.path("trace_id").asString()).isEqualTo(traceId).startsWith("1-");
        assertThat(line.path("span_id").asString()).matches("[0-9a-f]{16}");
        assertThat(line.path("request_id").asString()).isNotBlank();
        assertThat(Instant.parse(line.path("timestamp").asString()).toEpochMilli()).isEqualTo(event.timestamp());
    }

    @Test
    void eachBatchIsInTheOrderOfTheLinesTimestamps() {
        get("/stock/8");
        cloudWatchLogs.awaitEvent(line -> line.message().contains("Counting stock of product 8"), WAIT);

        for (Request request : cloudWatchLogs.requests()) {
            List<Long> timestamps = RecordingCloudWatchLogs.document(request).path("logEvents").valueStream()
                    .map(event -> event.path("timestamp").asLong()).toList();
            assertThat(timestamps).isSorted();
        }
        assertThat(cloudWatchLogs.events()).allSatisfy(event -> assertThat(event.timestamp())
                .isEqualTo(Instant.parse(JSON.readTree(event.message()).path("timestamp").asString()).toEpochMilli()));
    }

    @Test
    void theSdksAndTheShippersOwnLinesStayOnStdout() {
        cloudWatchLogs.await(request -> RecordingCloudWatchLogs.operation(request).equals("PutLogEvents"), WAIT);
        // lines written while that batch was sent would be in the batch that carries this request's line
        get("/stock/9");
        cloudWatchLogs.awaitEvent(line -> line.message().contains("Counting stock of product 9"), WAIT);

        assertThat(output.text()).contains("\"logger\":\"software.amazon.awssdk.request\"")
                .contains("\"logger\":\"org.apache.http.impl.conn.")
                .contains("Log lines are shipped every 1s to CloudWatch Logs at " + cloudWatchLogs.endpoint());
        assertThat(cloudWatchLogs.events()).isNotEmpty().allSatisfy(event -> assertThat(NOT_SHIPPED)
                .noneMatch(JSON.readTree(event.message()).path("logger").asString()::startsWith));
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(TracedServices.baseUrl(service) + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }
}

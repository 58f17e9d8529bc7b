package o11yshop.platform.observability.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import o11yshop.platform.testing.RecordingEndpoint;
import o11yshop.platform.testing.RecordingEndpoint.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for CloudWatch Logs' API endpoint in tests: a {@link RecordingEndpoint} that keeps every request
 * the AWS SDK sends it, as sent, and answers as the service does in its protocol, AWS JSON 1.1
 * ({@code POST /}, the operation in {@code X-Amz-Target: Logs_20140328.<operation>}, a JSON body of
 * type {@code application/x-amz-json-1.1}). It keeps log groups and streams: creating one twice is a
 * {@code ResourceAlreadyExistsException}, writing to a missing one a {@code ResourceNotFoundException},
 * and a PutLogEvents batch that breaks the API's limits an {@code InvalidParameterException} — so a
 * client that gets the order or the limits wrong fails here as it would in AWS.
 */
public final class RecordingCloudWatchLogs implements AutoCloseable {

    public static final String TARGET_PREFIX = "Logs_20140328.";
    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_EVENTS = 10_000;
    private static final int MAX_BATCH_BYTES = 1_048_576;
    private static final int MAX_EVENT_BYTES = 256 * 1024;
    private static final int EVENT_OVERHEAD_BYTES = 26;
    private static final long MAX_SPAN_MILLIS = Duration.ofHours(24).toMillis();

    /** {@code CreateLogGroup}, {@code CreateLogStream}, {@code PutLogEvents} …, from {@code X-Amz-Target}. */
    public static String operation(Request request) {
        String target = request.header("X-Amz-Target");
        return target == null ? "" : target.substring(target.indexOf('.') + 1);
    }

    public static JsonNode document(Request request) {
        return JSON.readTree(request.body());
    }

    /** One log event as a PutLogEvents request carried it. */
    public record Event(String logGroup, String logStream, long timestamp, String message) {
    }

    private record Answer(int status, String body) {

        static Answer error(String type, String message) {
            return new Answer(400, JSON.createObjectNode().put("__type", type).put("message", message).toString());
        }
    }

    private final RecordingEndpoint endpoint = RecordingEndpoint.start(this::answer);
    private final Map<String, Set<String>> streamsByGroup = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile String failingWith;

    private RecordingCloudWatchLogs() {
    }

    public static RecordingCloudWatchLogs start() {
        return new RecordingCloudWatchLogs();
    }

    public URI endpoint() {
        return endpoint.endpoint();
    }

    /** A log group that exists before the client comes, as one made by Terraform. */
    public void existingLogGroup(String name) {
        streamsByGroup.putIfAbsent(name, ConcurrentHashMap.newKeySet());
    }

    /** From now on every request is answered with this error, as when the caller lacks a permission. */
    public void failWith(String errorType) {
        failingWith = errorType;
    }

    /** From now on requests are answered normally again. */
    public void recover() {
        failingWith = null;
    }

    /** Every request received so far, in the order of arrival. */
    public List<Request> requests() {
        return endpoint.requests();
    }

    /** Every event of every PutLogEvents request received so far, failed ones included, in the order of arrival. */
    public List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (Request request : requests()) {
            if (operation(request).equals("PutLogEvents")) {
                JsonNode body = document(request);
                for (JsonNode event : body.path("logEvents")) {
                    events.add(new Event(body.path("logGroupName").asString(), body.path("logStreamName").asString(),
                            event.path("timestamp").asLong(), event.path("message").asString()));
                }
            }
        }
        return events;
    }

    /** Waits for a request that matches; fails with what was received when none comes in time. */
    public Request await(Predicate<Request> matching, Duration timeout) {
        return endpoint.await(matching, timeout);
    }

    /** Waits for an event that matches; fails with what was received when none comes in time. */
    public Event awaitEvent(Predicate<Event> matching, Duration timeout) {
        return RecordingEndpoint.awaitFirst(this::events, matching, timeout,
                () -> requests().size() + " requests: " + requests().stream().map(RecordingCloudWatchLogs::operation).toList());
    }

    @Override
    public void close() {
        endpoint.close();
    }

    private void answer(Request request, HttpExchange exchange) throws IOException {
        Answer answer = failingWith != null
                ? Answer.error(failingWith, "The test endpoint answers every request with " + failingWith)
                : perform(request);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        RecordingEndpoint.send(exchange, answer.status(), answer.body().getBytes(StandardCharsets.UTF_8));
    }

    private Answer perform(Request request) {
        if (!request.method().equals("POST") || !request.path().equals("/")
                || request.header("X-Amz-Target") == null || !request.header("X-Amz-Target").startsWith(TARGET_PREFIX)) {
            return Answer.error("UnknownOperationException", "Not a CloudWatch Logs operation");
        }
        JsonNode body = document(request);
        String group = body.path("logGroupName").asString();
        return switch (operation(request)) {
            case "CreateLogGroup" -> streamsByGroup.putIfAbsent(group, ConcurrentHashMap.newKeySet()) == null
                    ? new Answer(200, "{}")
                    : Answer.error("ResourceAlreadyExistsException", "The specified log group already exists");
            case "CreateLogStream" -> createLogStream(group, body.path("logStreamName").asString());
            case "PutLogEvents" -> putLogEvents(group, body.path("logStreamName").asString(), body.path("logEvents"));
            default -> Answer.error("UnknownOperationException", "Not answered here: " + operation(request));
        };
    }

    private Answer createLogStream(String group, String stream) {
        Set<String> streams = streamsByGroup.get(group);
        if (streams == null) {
            return Answer.error("ResourceNotFoundException", "The specified log group does not exist.");
        }
        return streams.add(stream)
                ? new Answer(200, "{}")
                : Answer.error("ResourceAlreadyExistsException", "The specified log stream already exists");
    }

    private Answer putLogEvents(String group, String stream, JsonNode events) {
        Set<String> streams = streamsByGroup.get(group);
        if (streams == null) {
            return Answer.error("ResourceNotFoundException", "The specified log group does not exist.");
        }
        if (!streams.contains(stream)) {
            return Answer.error("ResourceNotFoundException", "The specified log stream does not exist.");
        }
        String broken = brokenLimit(events);
        if (broken != null) {
            return Answer.error("InvalidParameterException", broken);
        }
        return new Answer(200, JSON.createObjectNode().put("nextSequenceToken", String.format("%056d", sequence.incrementAndGet())).toString());
    }

    private static String brokenLimit(JsonNode events) {
        if (events.isEmpty() || events.size() > MAX_EVENTS) {
            return "A batch holds 1 to " + MAX_EVENTS + " log events, not " + events.size();
        }
        long bytes = 0;
        long previous = Long.MIN_VALUE;
        long first = events.get(0).path("timestamp").asLong();
        for (JsonNode event : events) {
            int size = event.path("message").asString().getBytes(StandardCharsets.UTF_8).length + EVENT_OVERHEAD_BYTES;
            long timestamp = event.path("timestamp").asLong();
            if (size > MAX_EVENT_BYTES) {
                return "Log event too large: " + size + " bytes";
            }
            if (timestamp < previous) {
                return "Log events in a single PutLogEvents request must be in chronological order.";
            }
            if (timestamp - first > MAX_SPAN_MILLIS) {
                return "The batch of log events in a single PutLogEvents request cannot span more than 24 hours.";
            }
            bytes += size;
            previous = timestamp;
        }
        return bytes > MAX_BATCH_BYTES ? "Upload too large: " + bytes + " bytes" : null;
    }
}

package o11yshop.platform.observability.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks segment documents against the AWS X-Ray segment document specification (developer guide,
 * "X-Ray segment documents"; PutTraceSegments): what the X-Ray daemon would forward and X-Ray accept.
 * For the tests of the X-Ray adapter, of the launcher's telemetry sink and of the end-to-end run.
 * <p>
 * Checked: the daemon protocol's header line; {@code name} (at most 200 characters of letters, digits,
 * white space and {@code _ . : / % & # = + \ - @}); {@code id} (16 hex digits, unique in the document);
 * {@code trace_id} ({@code 1-}, 8 hex digits of epoch seconds, {@code -}, 24 hex digits); {@code start_time}
 * and either {@code end_time} (not before the start) or {@code in_progress}; a subsegment sent on its own
 * ({@code "type": "subsegment"}) with its {@code trace_id} and {@code parent_id}; nested subsegments
 * inside their parent's time span; {@code namespace} {@code aws} or {@code remote}, and one of them on
 * every subsegment that records a downstream call ({@code http} or {@code sql}) — X-Ray draws the
 * callee on the service map from those; an AWS SDK call ({@code namespace: aws}) names its
 * {@code aws.operation} and {@code aws.region}; {@code http.request} / {@code http.response} and {@code sql}
 * field types; annotation keys (letters, digits, underscores) and value types; {@code error},
 * {@code fault}, {@code throttle} flags; {@code cause} with its exceptions.
 */
public final class SegmentDocumentSpec {

    /** The first line of every datagram sent to the X-Ray daemon. */
    public static final String DAEMON_HEADER = "{\"format\": \"json\", \"version\": 1}";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern TRACE_ID = Pattern.compile("1-([0-9a-f]{8})-[0-9a-f]{24}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}\\s_.:/%&#=+\\\\\\-@]{1,200}");
    private static final Pattern ANNOTATION_KEY = Pattern.compile("[A-Za-z0-9_]{1,500}");
    private static final int MAX_ANNOTATION_VALUE_LENGTH = 1000;
    private static final Set<String> NAMESPACES = Set.of("aws", "remote");
    private static final List<String> SQL_TEXT_FIELDS = List.of(
            "connection_string", "url", "sanitized_query", "database_type", "database_version", "driver_version", "user");
    /** Clock skew allowed between the trace ID's time (set by the first service) and a later service's start. */
    private static final double TRACE_TIME_SKEW_SECONDS = 300;
    /** X-Ray does not accept trace IDs older than 30 days. */
    private static final double MAX_TRACE_AGE_SECONDS = 30 * 24 * 3600;
    /** Times are written with microsecond precision; allow rounding at the last digit. */
    private static final double TIME_ROUNDING = 0.000_01;

    private SegmentDocumentSpec() {
    }

    /**
     * One datagram as the daemon receives it: the header line, a newline, the segment document. Fails
     * when the header is not the daemon protocol's.
     */
    public static JsonNode parseDatagram(String datagram) {
        int newline = datagram.indexOf('\n');
        if (newline < 0) {
            throw new AssertionError("No header line: an X-Ray daemon datagram starts with " + DAEMON_HEADER
                    + " and a newline, got: " + datagram);
        }
        JsonNode header;
        try {
            header = JSON.readTree(datagram.substring(0, newline));
        } catch (JacksonException e) {
            throw new AssertionError("Header line is not JSON: " + datagram.substring(0, newline), e);
        }
        if (!"json".equals(header.path("format").asString()) || header.path("version").asInt() != 1) {
            throw new AssertionError("Header is not " + DAEMON_HEADER + ": " + datagram.substring(0, newline));
        }
        return JSON.readTree(datagram.substring(newline + 1));
    }

    /** Fails with every violation found, and the document. */
    public static void check(JsonNode document) {
        List<String> violations = violations(document);
        if (!violations.isEmpty()) {
            throw new AssertionError("Segment document breaks the X-Ray specification:\n  - "
                    + String.join("\n  - ", violations) + "\n" + document.toPrettyString());
        }
    }

    /** What in the document breaks the specification; empty when nothing does. */
    public static List<String> violations(JsonNode document) {
        List<String> found = new ArrayList<>();
        if (!document.isObject()) {
            found.add("a segment document is a JSON object");
            return found;
        }
        boolean independentSubsegment = document.has("type");
        if (independentSubsegment && !"subsegment".equals(document.path("type").asString())) {
            found.add("type: only \"subsegment\" is allowed, got " + document.get("type"));
        }
        String traceId = text(document, "trace_id");
        if (traceId == null) {
            found.add("trace_id is required");
        } else {
            checkTraceId(traceId, document.path("start_time"), found);
        }
        if (independentSubsegment) {
            requireHexId(document, "parent_id", "a subsegment sent on its own names its parent", found);
        } else if (document.has("parent_id")) {
            requireHexId(document, "parent_id", "the caller's subsegment", found);
        }
        checkEntity(document, "", found, new HashSet<>(), independentSubsegment);
        return found;
    }

    private static void checkEntity(JsonNode entity, String path, List<String> found, Set<String> ids,
            boolean subsegment) {
        String name = text(entity, "name");
        if (name == null) {
            found.add(path + "name is required");
        } else if (!NAME.matcher(name).matches()) {
            found.add(path + "name: at most 200 letters, digits, spaces and _ . : / % & # = + \\ - @, got \"" + name + "\"");
        }
        String id = text(entity, "id");
        if (id == null || !HEX_ID.matcher(id).matches()) {
            found.add(path + "id: 16 hexadecimal digits, got " + entity.get("id"));
        } else if (!ids.add(id)) {
            found.add(path + "id " + id + " is used twice in the document");
        }
        checkTimes(entity, path, found);
        for (String flag : List.of("error", "fault", "throttle", "in_progress")) {
            if (entity.has(flag) && !entity.get(flag).isBoolean()) {
                found.add(path + flag + " is a boolean");
            }
        }
        if (entity.has("user") && !entity.get("user").isString()) {
            found.add(path + "user is a string");
        }
        if (entity.has("namespace") && !NAMESPACES.contains(entity.path("namespace").asString())) {
            found.add(path + "namespace: \"aws\" or \"remote\", got " + entity.get("namespace"));
        }
        if (subsegment && (entity.has("http") || entity.has("sql")) && !entity.has("namespace")) {
            found.add(path + "a subsegment that records a downstream call (http, sql) needs namespace "
                    + "\"remote\" (or \"aws\" for AWS SDK calls)");
        }
        if (subsegment && "aws".equals(entity.path("namespace").asString())) {
            checkAwsCall(entity.path("aws"), path + "aws.", found);
        }
        if (entity.has("http")) {
            checkHttp(entity.get("http"), path + "http.", found);
        }
        if (entity.has("sql")) {
            checkSql(entity.get("sql"), path + "sql.", found);
        }
        if (entity.has("annotations")) {
            checkAnnotations(entity.get("annotations"), path + "annotations.", found);
        }
        if (entity.has("metadata")) {
            checkMetadata(entity.get("metadata"), path + "metadata.", found);
        }
        if (entity.has("cause")) {
            checkCause(entity.get("cause"), path + "cause.", found);
        }
        if (entity.has("precursor_ids")) {
            entity.get("precursor_ids").forEach(precursor -> {
                if (!precursor.isString() || !HEX_ID.matcher(precursor.asString()).matches()) {
                    found.add(path + "precursor_ids: 16 hexadecimal digits each, got " + precursor);
                }
            });
        }
        JsonNode subsegments = entity.path("subsegments");
        if (entity.has("subsegments") && !subsegments.isArray()) {
            found.add(path + "subsegments is an array");
        }
        for (int i = 0; i < subsegments.size(); i++) {
            JsonNode child = subsegments.get(i);
            String childPath = path + "subsegments[" + i + "].";
            if (child.has("trace_id") || child.has("parent_id") || child.has("type")) {
                found.add(childPath + "an embedded subsegment takes trace and parent from where it is nested: "
                        + "no trace_id, parent_id or type");
            }
            checkEntity(child, childPath, found, ids, true);
            checkNesting(entity, child, childPath, found);
        }
    }

    private static void checkTraceId(String traceId, JsonNode startTime, List<String> found) {
        var matcher = TRACE_ID.matcher(traceId);
        if (!matcher.matches()) {
            found.add("trace_id: 1-<8 hex digits>-<24 hex digits>, got \"" + traceId + "\"");
            return;
        }
        if (startTime.isNumber()) {
            long traceTime = Long.parseLong(matcher.group(1), 16);
            double start = startTime.asDouble();
            if (traceTime > start + TRACE_TIME_SKEW_SECONDS || traceTime < start - MAX_TRACE_AGE_SECONDS) {
                found.add("trace_id: its time (" + traceTime + ") is the original request's, so close to and "
                        + "not after start_time (" + start + ")");
            }
        }
    }

    private static void checkTimes(JsonNode entity, String path, List<String> found) {
        JsonNode start = entity.path("start_time");
        if (!start.isNumber() || start.asDouble() < 1e9 || start.asDouble() > 1e10) {
            found.add(path + "start_time: epoch seconds with a fraction, got " + entity.get("start_time"));
        }
        boolean inProgress = entity.path("in_progress").asBoolean(false);
        JsonNode end = entity.path("end_time");
        if (inProgress && entity.has("end_time")) {
            found.add(path + "either end_time or in_progress, not both");
        } else if (!inProgress && !end.isNumber()) {
            found.add(path + "end_time (epoch seconds) or in_progress: true is required");
        } else if (end.isNumber() && start.isNumber() && end.asDouble() + TIME_ROUNDING < start.asDouble()) {
            found.add(path + "end_time is before start_time");
        }
    }

    private static void checkNesting(JsonNode parent, JsonNode child, String path, List<String> found) {
        JsonNode parentStart = parent.path("start_time");
        JsonNode childStart = child.path("start_time");
        if (parentStart.isNumber() && childStart.isNumber()
                && childStart.asDouble() + TIME_ROUNDING < parentStart.asDouble()) {
            found.add(path + "starts before its parent");
        }
        JsonNode parentEnd = parent.path("end_time");
        JsonNode childEnd = child.path("end_time");
        if (parentEnd.isNumber() && childEnd.isNumber() && childEnd.asDouble() > parentEnd.asDouble() + TIME_ROUNDING) {
            found.add(path + "ends after its parent");
        }
        if (parentEnd.isNumber() && child.path("in_progress").asBoolean(false)) {
            found.add(path + "is in progress inside a parent that has ended");
        }
    }

    private static void checkHttp(JsonNode http, String path, List<String> found) {
        JsonNode request = http.path("request");
        if (http.has("request")) {
            for (String field : List.of("method", "url", "user_agent", "client_ip")) {
                if (request.has(field) && !request.get(field).isString()) {
                    found.add(path + "request." + field + " is a string");
                }
            }
            for (String field : List.of("x_forwarded_for", "traced")) {
                if (request.has(field) && !request.get(field).isBoolean()) {
                    found.add(path + "request." + field + " is a boolean");
                }
            }
        }
        JsonNode response = http.path("response");
        if (http.has("response")) {
            JsonNode status = response.path("status");
            if (response.has("status") && (!status.isIntegralNumber() || status.asInt() < 100 || status.asInt() > 599)) {
                found.add(path + "response.status is an HTTP status code, got " + status);
            }
            JsonNode length = response.path("content_length");
            if (response.has("content_length") && (!length.isIntegralNumber() || length.asLong() < 0)) {
                found.add(path + "response.content_length is a byte count, got " + length);
            }
        }
    }

    /** X-Ray's console shows an AWS call by its operation and region; the SDK instrumentation writes both. */
    private static void checkAwsCall(JsonNode aws, String path, List<String> found) {
        for (String field : List.of("operation", "region")) {
            if (!aws.path(field).isString() || aws.path(field).asString().isBlank()) {
                found.add(path + field + " names the AWS call, got " + aws.get(field));
            }
        }
    }

    private static void checkSql(JsonNode sql, String path, List<String> found) {
        for (String field : SQL_TEXT_FIELDS) {
            if (sql.has(field) && !sql.get(field).isString()) {
                found.add(path + field + " is a string");
            }
        }
        if (sql.has("preparation") && !Set.of("statement", "call").contains(sql.path("preparation").asString())) {
            found.add(path + "preparation: \"statement\" or \"call\", got " + sql.get("preparation"));
        }
        String url = text(sql, "url");
        if (url != null && url.toLowerCase().contains("password")) {
            found.add(path + "url must not carry a password");
        }
    }

    private static void checkAnnotations(JsonNode annotations, String path, List<String> found) {
        if (!annotations.isObject()) {
            found.add(path + " annotations is an object");
            return;
        }
        for (Map.Entry<String, JsonNode> annotation : annotations.properties()) {
            String key = annotation.getKey();
            JsonNode value = annotation.getValue();
            if (!ANNOTATION_KEY.matcher(key).matches()) {
                found.add(path + key + ": annotation keys are letters, digits and underscores");
            }
            if (!(value.isString() || value.isNumber() || value.isBoolean())) {
                found.add(path + key + ": annotation values are strings, numbers or booleans, got " + value);
            } else if (value.isString() && value.asString().length() > MAX_ANNOTATION_VALUE_LENGTH) {
                found.add(path + key + ": annotation values are at most 1000 characters");
            }
        }
    }

    private static void checkMetadata(JsonNode metadata, String path, List<String> found) {
        if (!metadata.isObject()) {
            found.add(path + " metadata is an object of namespaces");
            return;
        }
        for (Map.Entry<String, JsonNode> namespace : metadata.properties()) {
            if (!namespace.getValue().isObject()) {
                found.add(path + namespace.getKey() + ": each metadata namespace is an object");
            }
        }
    }

    private static void checkCause(JsonNode cause, String path, List<String> found) {
        if (cause.isString()) {
            if (!HEX_ID.matcher(cause.asString()).matches()) {
                found.add(path + " a cause given as a string is the 16-hex-digit ID of an exception");
            }
            return;
        }
        if (!cause.isObject()) {
            found.add(path + " cause is an exception ID or an object");
            return;
        }
        if (cause.has("working_directory") && !cause.get("working_directory").isString()) {
            found.add(path + "working_directory is a string");
        }
        JsonNode exceptions = cause.path("exceptions");
        for (int i = 0; i < exceptions.size(); i++) {
            JsonNode exception = exceptions.get(i);
            String exceptionPath = path + "exceptions[" + i + "].";
            requireHexId(exception, "id", "each exception has an ID", found, exceptionPath);
            for (String field : List.of("message", "type")) {
                if (exception.has(field) && !exception.get(field).isString()) {
                    found.add(exceptionPath + field + " is a string");
                }
            }
            if (exception.has("cause") && !HEX_ID.matcher(exception.path("cause").asString()).matches()) {
                found.add(exceptionPath + "cause is the 16-hex-digit ID of another exception");
            }
            for (String field : List.of("truncated", "skipped")) {
                if (exception.has(field) && !exception.get(field).isIntegralNumber()) {
                    found.add(exceptionPath + field + " is a count");
                }
            }
            JsonNode stack = exception.path("stack");
            for (int frame = 0; frame < stack.size(); frame++) {
                JsonNode line = stack.get(frame).path("line");
                if (stack.get(frame).has("line") && !line.isIntegralNumber()) {
                    found.add(exceptionPath + "stack[" + frame + "].line is a number");
                }
            }
        }
    }

    private static void requireHexId(JsonNode node, String field, String why, List<String> found) {
        requireHexId(node, field, why, found, "");
    }

    private static void requireHexId(JsonNode node, String field, String why, List<String> found, String path) {
        String value = text(node, field);
        if (value == null || !HEX_ID.matcher(value).matches()) {
            found.add(path + field + ": 16 hexadecimal digits (" + why + "), got " + node.get(field));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}

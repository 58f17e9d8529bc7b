package o11yshop.launcher;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns the services' JSON log lines into lines a person reads in a terminal:
 * {@code 12:03:04.123 INFO  o.s.b.StartupInfoLogger  Started CatalogApplication  [request-id]},
 * followed by the exception's lines. In raw mode, and for every line that is not such a JSON object
 * (JVM warnings, a crash before logging is set up), the line is kept exactly as it came. An EMF metrics
 * line becomes one short note.
 */
public final class LogLineRenderer {

    private static final JsonFactory JSON = new JsonFactory();
    /** How platform-observability writes an Embedded Metric Format line: its {@code _aws} member first. */
    static final String EMF_LINE_START = "{\"_aws\":";
    static final String EMF_SUMMARY = "(metrics for CloudWatch, in EMF: see the Lab's Metrics tab, or --raw-logs for the line)";
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final boolean raw;
    private final ZoneId zone;

    public LogLineRenderer(boolean raw, ZoneId zone) {
        this.raw = raw;
        this.zone = zone;
    }

    public List<String> render(String line) {
        if (raw) {
            return List.of(line);
        }
        if (line.startsWith(EMF_LINE_START)) {
            // many numbers for CloudWatch, unreadable in a terminal: the Lab shows them as metrics
            return List.of(EMF_SUMMARY);
        }
        Optional<Map<String, String>> fields = parseFlatObject(line);
        if (fields.isEmpty() || !fields.get().containsKey("message")) {
            return List.of(line);
        }
        return readable(fields.get());
    }

    private List<String> readable(Map<String, String> fields) {
        List<String> messageLines = fields.get("message").lines().toList();
        StringBuilder first = new StringBuilder()
                .append(timeOfDay(fields.getOrDefault("timestamp", ""))).append(' ')
                .append(String.format("%-5s", fields.getOrDefault("level", ""))).append(' ')
                .append(abbreviate(fields.getOrDefault("logger", ""))).append("  ")
                .append(messageLines.isEmpty() ? "" : messageLines.getFirst());
        String requestId = fields.get("request_id");
        if (requestId != null && !requestId.isEmpty()) {
            first.append("  [").append(requestId).append(']');
        }
        List<String> lines = new ArrayList<>();
        lines.add(first.toString());
        lines.addAll(messageLines.stream().skip(1).toList());
        String exception = fields.get("exception");
        if (exception != null) {
            // stack traces indent with tabs, which terminals widen unpredictably
            exception.lines().map(stackLine -> stackLine.replace("\t", "    ")).forEach(lines::add);
        }
        return lines;
    }

    private String timeOfDay(String timestamp) {
        try {
            return TIME_OF_DAY.format(Instant.parse(timestamp).atZone(zone));
        } catch (DateTimeParseException e) {
            return timestamp;
        }
    }

    /** {@code org.springframework.boot.StartupInfoLogger} → {@code o.s.b.StartupInfoLogger}. */
    static String abbreviate(String logger) {
        String[] parts = logger.split("\\.");
        StringBuilder abbreviated = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                abbreviated.append(parts[i].charAt(0)).append('.');
            }
        }
        return abbreviated.append(parts[parts.length - 1]).toString();
    }

    /** The object's scalar members as text, or nothing when the line is not exactly one JSON object. */
    private static Optional<Map<String, String>> parseFlatObject(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken value = parser.nextToken();
                if (value.isScalarValue()) {
                    fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
                } else {
                    parser.skipChildren();
                }
            }
            return parser.nextToken() == null ? Optional.of(fields) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}

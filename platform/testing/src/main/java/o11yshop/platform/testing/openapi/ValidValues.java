package o11yshop.platform.testing.openapi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a value the contract calls valid, from its schema alone: the example, the first enum value, the
 * minimum, a text that matches the pattern and the length bounds, an object with its required fields.
 * Texts carry a counter, so that two values made one after the other differ (a slug, an SKU, an e-mail).
 */
public final class ValidValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicLong COUNTER = new AtomicLong(System.currentTimeMillis() % 100_000 * 1000);

    private final ApiSpec spec;

    public ValidValues(ApiSpec spec) {
        this.spec = spec;
    }

    public JsonNode of(JsonNode schemaOrRef) {
        JsonNode schema = spec.resolve(schemaOrRef);
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0);
        }
        if (schema.has("const")) {
            return schema.path("const");
        }
        if (schema.path("enum").isArray()) {
            return schema.path("enum").get(0);
        }
        for (String alternatives : List.of("oneOf", "anyOf", "allOf")) {
            for (JsonNode alternative : schema.path(alternatives)) {
                if (!"null".equals(type(spec.resolve(alternative)))) {
                    return of(alternative);
                }
            }
        }
        return switch (type(schema)) {
            case "object" -> object(schema);
            case "array" -> array(schema);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(integer(schema));
            case "boolean" -> NODES.booleanNode(false);
            case "null" -> NODES.nullNode();
            default -> NODES.stringNode(text(schema));
        };
    }

    /** The schema's type; the first one that is not {@code null} where it names several. */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asString().equals("null")) {
                    return one.asString();
                }
            }
            return "null";
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    /** Whether {@code null} is a value the schema allows. */
    public boolean allowsNull(JsonNode schemaOrRef) {
        JsonNode schema = spec.resolve(schemaOrRef);
        if (schema.path("type").isArray()) {
            for (JsonNode one : schema.path("type")) {
                if (one.asString().equals("null")) {
                    return true;
                }
            }
        }
        if (schema.path("type").isString() && schema.path("type").asString().equals("null")) {
            return true;
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            for (JsonNode alternative : schema.path(alternatives)) {
                if (allowsNull(alternative)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The schema itself, or its first alternative that is not {@code null}. */
    public JsonNode effective(JsonNode schemaOrRef) {
        JsonNode schema = spec.resolve(schemaOrRef);
        for (String alternatives : List.of("oneOf", "anyOf", "allOf")) {
            for (JsonNode alternative : schema.path(alternatives)) {
                if (!"null".equals(type(spec.resolve(alternative)))) {
                    return effective(alternative);
                }
            }
        }
        return schema;
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        for (JsonNode required : schema.path("required")) {
            object.set(required.asString(), of(schema.path("properties").path(required.asString())));
        }
        return object;
    }

    private ArrayNode array(JsonNode schema) {
        ArrayNode array = NODES.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < items; i++) {
            array.add(of(schema.path("items")));
        }
        return array;
    }

    private static long integer(JsonNode schema) {
        long value = schema.has("minimum") ? Math.max(schema.path("minimum").asLong(), 1) : 1;
        if (schema.has("maximum") && value > schema.path("maximum").asLong()) {
            value = schema.path("maximum").asLong();
        }
        if (schema.path("not").has("const") && schema.path("not").path("const").asLong() == value) {
            value++;
        }
        return value;
    }

    private static String text(JsonNode schema) {
        long n = COUNTER.incrementAndGet();
        String format = schema.path("format").asString("");
        switch (format) {
            case "email" -> {
                return "valid-" + n + "@example.com";
            }
            case "uuid" -> {
                return UUID.randomUUID().toString();
            }
            case "date" -> {
                return LocalDate.now().toString();
            }
            case "date-time" -> {
                return OffsetDateTime.now().toString();
            }
            default -> {
                // a text of its own
            }
        }
        int minLength = schema.path("minLength").asInt(0);
        int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        Pattern pattern = schema.has("pattern") ? Pattern.compile(schema.path("pattern").asString()) : null;
        List<String> candidates = new ArrayList<>(List.of("valid" + n, "valid-" + n, "VALID-" + n, "V" + n,
                String.valueOf(n), "1234", "100-0001", "03-1234-5678", "a" + n));
        for (String candidate : candidates) {
            String padded = candidate.length() >= minLength ? candidate
                    : candidate + "x".repeat(minLength - candidate.length());
            if (padded.length() <= maxLength && (pattern == null || pattern.matcher(padded).find())) {
                return padded;
            }
        }
        throw new IllegalStateException("No valid value can be derived for " + schema
                + "; give the operation's fixture row a value for this field");
    }
}

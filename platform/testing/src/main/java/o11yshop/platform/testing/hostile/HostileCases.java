package o11yshop.platform.testing.hostile;

import static o11yshop.platform.testing.hostile.HostileCase.Expect.ACCEPTED_EXACTLY_OR_REFUSED;
import static o11yshop.platform.testing.hostile.HostileCase.Expect.BASELINE;
import static o11yshop.platform.testing.hostile.HostileCase.Expect.REFUSED;
import static o11yshop.platform.testing.hostile.HostileCase.Expect.TOO_LARGE;
import static o11yshop.platform.testing.hostile.HostileCase.Expect.UNSUPPORTED_MEDIA_TYPE;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import o11yshop.platform.testing.openapi.ApiOperation;
import o11yshop.platform.testing.openapi.ApiParameter;
import o11yshop.platform.testing.openapi.RequestParts;
import o11yshop.platform.testing.openapi.ServiceFixture;
import o11yshop.platform.testing.openapi.ValidValues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the hostile requests for every operation of a contract: for each path, query and header
 * parameter and each field of the JSON body, wrong types, overflow, values outside the bounds, control
 * characters, lone surrogates, bidi overrides, very long text, and valid but unusual text (RTL, emoji);
 * for the body as a whole, deep nesting, unknown fields, duplicate keys, wrong media types, invalid UTF-8,
 * 1 MB and 20 MB (with a length and chunked), an empty body and {@code null}.
 */
public final class HostileCases {

    static final String MARKER = "\u0001hostile-value\u0001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ONE_MB = 1024 * 1024;
    private static final String RTL = " שלום مرحبا";
    private static final String EMOJI = " 🛒😀👍🏽";
    private static final List<Character> CONTROL_CHARACTERS = List.of('\u0000', '\u0007', '\u001b', '\u007f', '\u0085');

    private final ServiceFixture fixture;
    private final ValidValues valid;

    public HostileCases(ServiceFixture fixture) {
        this.fixture = fixture;
        this.valid = fixture.validValues();
    }

    public List<HostileCase> of(ApiOperation operation) {
        List<HostileCase> cases = new ArrayList<>();
        for (ApiParameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path", "query" -> cases.addAll(urlParameter(operation, parameter));
                case "header" -> cases.addAll(header(operation, parameter));
                default -> {
                    // no cookie parameters in the shop's contracts
                }
            }
        }
        if (operation.jsonBody() != null) {
            ObjectNode body = fixture.validBody(operation);
            cases.addAll(fields(operation, valid.effective(operation.jsonBody()), body, new ArrayList<>()));
            cases.addAll(wholeJsonBody(operation, body));
        }
        if (!operation.bodyContent().isEmpty()) {
            cases.addAll(anyBody(operation));
        }
        cases.add(new HostileCase(operation, "a valid request (baseline)", UnaryOperator.identity(), BASELINE, null, null));
        return cases;
    }

    // ---- path and query parameters -------------------------------------------------------------

    private List<HostileCase> urlParameter(ApiOperation operation, ApiParameter parameter) {
        List<HostileCase> cases = new ArrayList<>();
        String label = parameter.in() + " " + parameter.name();
        String base = valid.of(parameter.schema()).isArray() ? "1" : valid.of(parameter.schema()).asString();
        String encodedBase = java.net.URLEncoder.encode(base, StandardCharsets.UTF_8);
        // alwaysHostile: refused whatever the schema; unnamed: refused before any parameter exists (by the HTTP
        // layer: a malformed escape, bytes that are not UTF-8, a request line too long), so it cannot be named
        record Value(String what, String raw, boolean alwaysHostile, boolean unnamed) {
            Value(String what, String raw, boolean alwaysHostile) {
                this(what, raw, alwaysHostile, false);
            }
        }
        List<Value> values = new ArrayList<>(List.of(
                new Value("%00 (NUL)", encodedBase + "%00", true, parameter.in().equals("path")),
                new Value("%07 (BEL)", encodedBase + "%07", true),
                new Value("%1B (ESC)", encodedBase + "%1B", true),
                new Value("%7F (DEL)", encodedBase + "%7F", true),
                new Value("%C2%85 (NEL)", encodedBase + "%C2%85", true),
                new Value("%ZZ (malformed escape)", "%ZZ", true, true),
                new Value("%C3%28 (invalid UTF-8)", "%C3%28", true, true),
                new Value("%ED%A0%80 (lone surrogate)", "%ED%A0%80", true, true),
                new Value("%E2%80%AE (bidi override U+202E)", "%E2%80%AE" + encodedBase, true),
                new Value("100 k characters", "a".repeat(100_000), true, true),
                new Value("1,,2", "1,,2", false),
                new Value("-1", "-1", false),
                new Value("99999999999999999999", "99999999999999999999", false),
                new Value("2^31", "2147483648", false),
                new Value("2^63", "9223372036854775808", false),
                new Value("not a number", "abc", false),
                new Value("empty", "", false, parameter.in().equals("path")),
                new Value("RTL text", java.net.URLEncoder.encode(base + RTL, StandardCharsets.UTF_8), false),
                new Value("emoji", java.net.URLEncoder.encode(base + EMOJI, StandardCharsets.UTF_8), false)));
        JsonNode schema = parameter.schema();
        if (schema.has("minimum")) {
            values.add(new Value("below its minimum", String.valueOf(schema.path("minimum").asLong() - 1), false));
        }
        if (schema.has("maximum")) {
            values.add(new Value("above its maximum", String.valueOf(schema.path("maximum").asLong() + 1), false));
        }
        if (schema.has("maxLength")) {
            values.add(new Value("longer than maxLength", "a".repeat(schema.path("maxLength").asInt() + 1), false));
        }
        if (schema.has("maxItems")) {
            values.add(new Value("more than maxItems", "1" + ",1".repeat(schema.path("maxItems").asInt()), false));
        }
        for (Value value : values) {
            if (value.raw().isEmpty() && !parameter.required()) {
                continue; // an empty optional parameter reads as one left out
            }
            boolean hostile = value.alwaysHostile() || !ParameterValues.isValid(fixture.spec(), schema, value.raw());
            // a path with a control character or a malformed escape is refused by the HTTP layer's firewall
            // before it is matched to a route, so before there is a parameter to name
            boolean unnamed = value.unnamed() || (value.alwaysHostile() && parameter.in().equals("path"));
            UnaryOperator<RequestParts> change = parameter.in().equals("path")
                    ? parts -> parts.withPath(parameter.name(), value.raw())
                    : parts -> parts.withQuery(parameter.name(), value.raw());
            cases.add(new HostileCase(operation, label + " = " + value.what(), change,
                    hostile ? REFUSED : ACCEPTED_EXACTLY_OR_REFUSED, hostile && !unnamed ? parameter.name() : null, null));
        }
        if (parameter.in().equals("query") && parameter.required()) {
            cases.add(new HostileCase(operation, label + " missing", parts -> parts.withQuery(parameter.name(), null),
                    REFUSED, parameter.name(), null));
        }
        return cases;
    }

    private List<HostileCase> header(ApiOperation operation, ApiParameter parameter) {
        List<HostileCase> cases = new ArrayList<>();
        String label = "header " + parameter.name();
        JsonNode schema = parameter.schema();
        List<String[]> values = new ArrayList<>(List.<String[]>of(
                new String[] {"BEL character", "key\u0007"},
                new String[] {"non-ASCII bytes", new String("ключ".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)},
                new String[] {"100 k characters", "a".repeat(100_000), "unnamed: over the HTTP layer's header limit"}));
        if (schema.has("pattern")) {
            values.add(new String[] {"against its pattern", "bad key!"});
        }
        if (schema.has("maxLength")) {
            values.add(new String[] {"longer than maxLength", "a".repeat(schema.path("maxLength").asInt() + 1)});
        }
        if (schema.path("minLength").asInt(0) > 0) {
            values.add(new String[] {"empty", ""});
        }
        for (String[] value : values) {
            cases.add(new HostileCase(operation, label + " = " + value[0], parts -> parts.withHeader(parameter.name(), value[1]),
                    REFUSED, value.length > 2 ? null : parameter.name(), null));
        }
        if (parameter.required()) {
            cases.add(new HostileCase(operation, label + " missing", parts -> parts.withHeader(parameter.name(), null),
                    REFUSED, parameter.name(), null));
        }
        return cases;
    }

    // ---- fields of the JSON body ---------------------------------------------------------------

    private List<HostileCase> fields(ApiOperation operation, JsonNode objectSchema, ObjectNode body, List<Object> at) {
        List<HostileCase> cases = new ArrayList<>();
        List<String> required = new ArrayList<>();
        objectSchema.path("required").forEach(name -> required.add(name.asString()));
        objectSchema.path("properties").properties().forEach(property -> {
            String name = property.getKey();
            JsonNode schema = valid.effective(property.getValue());
            List<Object> path = new ArrayList<>(at);
            path.add(name);
            JsonNode base = body.at(pointer(path)).isMissingNode() ? valid.of(property.getValue()) : body.at(pointer(path));
            // null for a field that may be left out reads as leaving it out
            boolean nullable = valid.allowsNull(property.getValue()) || !required.contains(name);
            cases.addAll(field(operation, body, path, schema, base, nullable));
            if (required.contains(name)) {
                cases.add(bodyCase(operation, label(path) + " missing", body, path, null, REFUSED, name, null));
            }
        });
        if (!at.isEmpty()) {
            List<Object> unknown = new ArrayList<>(at);
            unknown.add("unexpectedField");
            cases.add(bodyCase(operation, label(unknown) + " (an unknown field)", body, unknown, "1".getBytes(StandardCharsets.UTF_8),
                    REFUSED, null, null));
        }
        return cases;
    }

    private List<HostileCase> field(ApiOperation operation, ObjectNode body, List<Object> path, JsonNode schema,
            JsonNode base, boolean nullable) {
        List<HostileCase> cases = new ArrayList<>();
        String name = String.valueOf(path.get(path.size() - 1));
        String type = ValidValues.type(schema);
        List<String[]> literals = new ArrayList<>();
        for (String[] wrong : wrongTypes(type)) {
            literals.add(new String[] {"wrong type: " + wrong[0], wrong[1]});
        }
        if (!nullable) {
            literals.add(new String[] {"null", "null"});
        }
        switch (type) {
            case "integer", "number" -> {
                boolean int32 = schema.path("format").asString("").equals("int32");
                if (int32 || (schema.has("maximum") && schema.path("maximum").asLong() < 2147483648L)) {
                    literals.add(new String[] {"2^31 (int overflow)", "2147483648"});
                }
                literals.add(new String[] {"2^63 (long overflow)", "9223372036854775808"});
                literals.add(new String[] {"1e400 (double overflow)", "1e400"});
                if (schema.has("minimum")) {
                    long minimum = schema.path("minimum").asLong();
                    literals.add(new String[] {"below its minimum (" + (minimum - 1) + ")", String.valueOf(minimum - 1)});
                    if (minimum >= 1 && minimum - 1 != 0) {
                        literals.add(new String[] {"zero", "0"});
                    }
                    if (minimum >= 0 && minimum - 1 != -1) {
                        literals.add(new String[] {"negative", "-1"});
                    }
                }
                if (schema.has("maximum")) {
                    literals.add(new String[] {"above its maximum", String.valueOf(schema.path("maximum").asLong() + 1)});
                }
                if (schema.path("not").has("const")) {
                    literals.add(new String[] {"the excluded value", schema.path("not").path("const").toString()});
                }
            }
            case "string" -> cases.addAll(text(operation, body, path, schema, base.asString(""), name));
            case "array" -> {
                if (schema.has("maxItems")) {
                    ArrayNode tooMany = JSON.createArrayNode();
                    for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                        tooMany.add(valid.of(schema.path("items")));
                    }
                    literals.add(new String[] {"more than maxItems", tooMany.toString()});
                }
                if (schema.path("minItems").asInt(0) > 0) {
                    literals.add(new String[] {"empty", "[]"});
                }
                JsonNode items = valid.effective(schema.path("items"));
                if (ValidValues.type(items).equals("object") && base.isArray() && !base.isEmpty()) {
                    List<Object> first = new ArrayList<>(path);
                    first.add(0);
                    ObjectNode withItem = body.deepCopy();
                    set(withItem, path, base);
                    cases.addAll(fields(operation, items, withItem, first));
                }
            }
            case "object" -> {
                ObjectNode withObject = body.deepCopy();
                set(withObject, path, base);
                cases.addAll(fields(operation, schema, withObject, path));
            }
            default -> {
                // booleans: the wrong types say it all
            }
        }
        for (String[] literal : literals) {
            cases.add(bodyCase(operation, label(path) + " = " + literal[0], body, path,
                    literal[1].getBytes(StandardCharsets.UTF_8), REFUSED, name, null));
        }
        return cases;
    }

    private List<HostileCase> text(ApiOperation operation, ObjectNode body, List<Object> path, JsonNode schema, String base,
            String name) {
        List<HostileCase> cases = new ArrayList<>();
        List<String[]> hostile = new ArrayList<>();
        for (char control : CONTROL_CHARACTERS) {
            hostile.add(new String[] {String.format("control character U+%04X", (int) control), base + control});
        }
        hostile.add(new String[] {"bidi override U+202E", "\u202E" + base});
        hostile.add(new String[] {"100 k characters", "a".repeat(100_000)});
        if (schema.has("maxLength")) {
            hostile.add(new String[] {"longer than maxLength", "a".repeat(schema.path("maxLength").asInt() + 1)});
        }
        if (schema.path("minLength").asInt(0) > 0) {
            hostile.add(new String[] {"empty", ""});
        }
        if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.path("pattern").asString()).matcher("!! ").find()) {
            hostile.add(new String[] {"against its pattern", "!! "});
        }
        if (schema.has("enum")) {
            hostile.add(new String[] {"not one of its values", "not-one-of-the-values"});
        }
        if (schema.path("format").asString("").equals("email")) {
            hostile.add(new String[] {"not an e-mail address", "not-an-email"});
        }
        if (schema.path("format").asString("").equals("uuid")) {
            hostile.add(new String[] {"not a UUID", "not-a-uuid"});
        }
        for (String[] value : hostile) {
            cases.add(bodyCase(operation, label(path) + " = " + value[0], body, path, jsonString(value[1]), REFUSED, name, null));
        }
        // a lone surrogate cannot be written as UTF-8, only as a JSON escape
        cases.add(bodyCase(operation, label(path) + " = lone surrogate \\uD800", body, path,
                ("\"" + escape(base) + "\\ud800\"").getBytes(StandardCharsets.UTF_8), REFUSED, name, null));
        cases.add(bodyCase(operation, label(path) + " = RTL text", body, path, jsonString(base + RTL),
                ACCEPTED_EXACTLY_OR_REFUSED, name, base + RTL));
        cases.add(bodyCase(operation, label(path) + " = emoji", body, path, jsonString(base + EMOJI),
                ACCEPTED_EXACTLY_OR_REFUSED, name, base + EMOJI));
        return cases;
    }

    private static List<String[]> wrongTypes(String type) {
        return switch (type) {
            case "string" -> List.of(new String[] {"number", "123"}, new String[] {"boolean", "true"},
                    new String[] {"object", "{}"}, new String[] {"array", "[]"});
            case "integer" -> List.of(new String[] {"numeric string", "\"1\""}, new String[] {"fraction", "1.5"},
                    new String[] {"boolean", "true"}, new String[] {"object", "{}"}, new String[] {"array", "[]"},
                    new String[] {"text", "\"abc\""});
            case "number" -> List.of(new String[] {"numeric string", "\"1\""}, new String[] {"boolean", "true"},
                    new String[] {"object", "{}"});
            case "boolean" -> List.of(new String[] {"string", "\"true\""}, new String[] {"number", "1"},
                    new String[] {"object", "{}"});
            case "object" -> List.of(new String[] {"string", "\"x\""}, new String[] {"number", "1"},
                    new String[] {"array", "[]"});
            case "array" -> List.of(new String[] {"object", "{}"}, new String[] {"string", "\"x\""},
                    new String[] {"number", "1"});
            default -> List.of();
        };
    }

    // ---- the body as a whole -------------------------------------------------------------------

    private List<HostileCase> wholeJsonBody(ApiOperation operation, ObjectNode generatedOn) {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(json(operation, "body with an unknown field", body -> withUnknownField(JSON.writeValueAsString(body))));
        if (!generatedOn.isEmpty()) {
            String first = generatedOn.propertyNames().iterator().next();
            cases.add(json(operation, "body with a duplicate key \"" + first + "\"", body -> {
                String text = JSON.writeValueAsString(body);
                return ("{\"" + first + "\":" + body.path(first) + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
            }));
        }
        byte[] brackets = ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        byte[] braces = ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        cases.add(json(operation, "body nested 10 000 levels of [", body -> brackets));
        cases.add(json(operation, "body nested 10 000 levels of {", body -> braces));
        cases.add(json(operation, "body null", body -> "null".getBytes(StandardCharsets.UTF_8)));
        cases.add(json(operation, "body an array", body -> ("[" + JSON.writeValueAsString(body) + "]").getBytes(StandardCharsets.UTF_8)));
        cases.add(json(operation, "body truncated", body -> {
            String text = JSON.writeValueAsString(body);
            return text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8);
        }));
        cases.add(json(operation, "body with invalid UTF-8 bytes", this::invalidUtf8));
        List<Object> firstText = firstTextField(operation, generatedOn);
        java.util.function.Function<ObjectNode, byte[]> oneMegabyte = body -> firstText == null
                ? padded(JSON.writeValueAsString(body), ONE_MB)
                : withValue(body, firstText, jsonString("a".repeat(ONE_MB)));
        cases.add(sized(operation, "1 MB body with Content-Length", oneMegabyte, false));
        cases.add(sized(operation, "1 MB body chunked", oneMegabyte, true));
        return cases;
    }

    private List<HostileCase> anyBody(ApiOperation operation) {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(new HostileCase(operation, "empty body", parts -> parts.withBody(parts.contentType(), new byte[0], false),
                REFUSED, null, null));
        for (String[] media : List.of(new String[] {"text/plain", null}, new String[] {"application/xml", "<product><name>x</name></product>"},
                new String[] {"multipart/form-data; boundary=hostile", "--hostile\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--hostile--\r\n"},
                new String[] {"application/x-www-form-urlencoded", "a=b"})) {
            if (operation.bodyContent().containsKey(media[0])) {
                continue;
            }
            cases.add(new HostileCase(operation, "Content-Type " + media[0],
                    parts -> parts.withBody(media[0], media[1] == null ? parts.body() : media[1].getBytes(StandardCharsets.UTF_8), false),
                    UNSUPPORTED_MEDIA_TYPE, null, null));
        }
        cases.add(new HostileCase(operation, "no Content-Type", parts -> parts.withBody(null, parts.body(), false),
                UNSUPPORTED_MEDIA_TYPE, null, null));
        cases.add(new HostileCase(operation, "20 MB body with Content-Length",
                parts -> parts.withBody(parts.contentType(), padded(parts.body(), 20 * ONE_MB), false), TOO_LARGE, null, null));
        cases.add(new HostileCase(operation, "20 MB body chunked",
                parts -> parts.withBody(parts.contentType(), padded(parts.body(), 20 * ONE_MB), true), TOO_LARGE, null, null));
        return cases;
    }

    // ---- building bodies ------------------------------------------------------------------------

    /** A whole body made from a fresh valid one when the case runs (with values unique to it). */
    private HostileCase json(ApiOperation operation, String what, java.util.function.Function<ObjectNode, byte[]> body) {
        return new HostileCase(operation, what,
                parts -> parts.withBody("application/json", body.apply(fixture.validBody(operation)), false), REFUSED, null, null);
    }

    private HostileCase sized(ApiOperation operation, String what, java.util.function.Function<ObjectNode, byte[]> body,
            boolean chunked) {
        return new HostileCase(operation, what,
                parts -> parts.withBody("application/json", body.apply(fixture.validBody(operation)), chunked), REFUSED, null, null);
    }

    /** The body with the value at {@code path} replaced by a raw JSON literal ({@code null}: the field left out). */
    private HostileCase bodyCase(ApiOperation operation, String what, ObjectNode body, List<Object> path, byte[] literal,
            HostileCase.Expect expect, String names, String sentText) {
        return new HostileCase(operation, what, parts -> parts.withBody("application/json",
                withValue(fixture.validBody(operation), body, path, literal), false), expect, names, sentText);
    }

    /**
     * The fresh valid body (unique values where the fixture makes them), with the structure the case was
     * generated on where it differs (a nested object or array item added), and the one value changed.
     */
    private static byte[] withValue(ObjectNode fresh, ObjectNode generatedOn, List<Object> path, byte[] literal) {
        ObjectNode body = fresh.deepCopy();
        generatedOn.properties().forEach(field -> {
            if (!body.has(field.getKey())) {
                body.set(field.getKey(), field.getValue());
            }
        });
        if (path.size() > 1) {
            List<Object> parent = path.subList(0, 1);
            if (!generatedOn.at(pointer(parent)).equals(fresh.at(pointer(parent)))) {
                body.set((String) path.get(0), generatedOn.path((String) path.get(0)));
            }
        }
        return withValue(body, path, literal);
    }

    private static byte[] withValue(ObjectNode body, List<Object> path, byte[] literal) {
        ObjectNode copy = body.deepCopy();
        if (literal == null) {
            JsonNode parent = copy.at(pointer(path.subList(0, path.size() - 1)));
            if (parent instanceof ObjectNode object) {
                object.remove((String) path.get(path.size() - 1));
            }
            return JSON.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8);
        }
        set(copy, path, JSON.getNodeFactory().stringNode(MARKER));
        String text = JSON.writeValueAsString(copy);
        String marker = JSON.writeValueAsString(MARKER);
        int at = text.indexOf(marker);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(literal);
        bytes.writeBytes(text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void set(ObjectNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            JsonNode next = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            if (next.isMissingNode() && parent instanceof ObjectNode object) {
                next = path.get(i + 1) instanceof Integer ? object.putArray((String) step) : object.putObject((String) step);
            }
            parent = next;
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) last;
            if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        }
    }

    private List<Object> firstTextField(ApiOperation operation, ObjectNode body) {
        JsonNode properties = valid.effective(operation.jsonBody()).path("properties");
        for (var property : properties.properties()) {
            if (ValidValues.type(valid.effective(property.getValue())).equals("string") && body.has(property.getKey())) {
                return List.of(property.getKey());
            }
        }
        return null;
    }

    private byte[] invalidUtf8(ObjectNode body) {
        for (var field : body.properties()) {
            if (field.getValue().isString()) {
                return withValue(body, List.of(field.getKey()), new byte[] {'"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"'});
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static byte[] withUnknownField(String text) {
        String inner = text.substring(1);
        return ("{\"unexpectedField\":1" + (inner.equals("}") ? "" : ",") + inner).getBytes(StandardCharsets.UTF_8);
    }

    /** A valid body with spaces after it up to {@code size} bytes: JSON that is only too big. */
    private static byte[] padded(String text, int size) {
        return padded(text.getBytes(StandardCharsets.UTF_8), size);
    }

    private static byte[] padded(byte[] body, int size) {
        byte[] padded = new byte[Math.max(size, body.length)];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(body, 0, padded, 0, body.length);
        return padded;
    }

    private static byte[] jsonString(String value) {
        return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        String json = JSON.writeValueAsString(value);
        return json.substring(1, json.length() - 1);
    }

    static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        path.forEach(step -> pointer.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1")));
        return pointer.toString();
    }

    private static String label(List<Object> path) {
        StringBuilder label = new StringBuilder("body");
        path.forEach(step -> label.append(step instanceof Integer index ? "[" + index + "]" : "." + step));
        return label.toString();
    }
}

package o11yshop.launcher.telemetry;

import java.io.StringWriter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Where OTLP JSON parts from the protobuf JSON mapping: trace and span IDs are bytes, which the
 * mapping (and so {@code JsonFormat}) writes in base64, but OTLP JSON writes them in hex. Other bytes
 * fields, such as a {@code bytesValue} attribute, stay base64 in both. These rewrite just the ID fields
 * of a document, on the way in and on the way out.
 */
final class OtlpJsonIds {

    private static final Set<String> ID_FIELDS = Set.of("traceId", "spanId", "parentSpanId");
    /** A 128-bit trace ID or a 64-bit span ID in hex; anything else is left for the parser to judge. */
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F]{16}");
    private static final JsonFactory JSON = new JsonFactory();

    private OtlpJsonIds() {
    }

    /** OTLP JSON as a sender wrote it → what {@code JsonFormat.parser()} reads. */
    static String hexToBase64(String json) {
        return rewriteIds(json, id -> HEX_ID.matcher(id).matches()
                ? Base64.getEncoder().encodeToString(HexFormat.of().parseHex(id))
                : id);
    }

    /** What {@code JsonFormat.printer()} wrote → OTLP JSON. */
    static String base64ToHex(String json) {
        return rewriteIds(json, id -> HexFormat.of().formatHex(Base64.getDecoder().decode(id)));
    }

    /** @throws tools.jackson.core.JacksonException when the text is not JSON */
    private static String rewriteIds(String json, UnaryOperator<String> rewrite) {
        StringWriter out = new StringWriter();
        try (JsonParser parser = JSON.createParser(json); JsonGenerator generator = JSON.createGenerator(out)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.VALUE_STRING && isIdField(parser.currentName())) {
                    generator.writeString(rewrite.apply(parser.getString()));
                } else {
                    generator.copyCurrentEventExact(parser);
                }
            }
        }
        return out.toString();
    }

    /** @param name null for a value in an array, such as a histogram's bucket counts */
    private static boolean isIdField(String name) {
        return name != null && ID_FIELDS.contains(name);
    }
}

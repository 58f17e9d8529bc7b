package o11yshop.launcher.telemetry;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * What the sink needs to know of a JSON document without building it: whether it is one well-formed
 * object (only those are kept, so that they can be embedded in the Lab's answers as they are), its
 * top-level {@code trace_id}, and whether it carries the {@code _aws} metadata of an EMF log line.
 */
record TopLevelFields(Optional<String> traceId, boolean embeddedMetricFormat) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Empty when the text is not exactly one JSON object. */
    static Optional<TopLevelFields> of(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String traceId = null;
            boolean aws = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("trace_id") && value == JsonToken.VALUE_STRING) {
                    traceId = parser.getString();
                } else if (name.equals("_aws") && value == JsonToken.START_OBJECT) {
                    aws = true;
                }
                parser.skipChildren();
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(new TopLevelFields(Optional.ofNullable(traceId), aws));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}

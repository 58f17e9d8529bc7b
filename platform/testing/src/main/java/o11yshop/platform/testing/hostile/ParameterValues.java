package o11yshop.platform.testing.hostile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;
import o11yshop.platform.testing.openapi.ApiSpec;
import o11yshop.platform.testing.openapi.ValidValues;
import tools.jackson.databind.JsonNode;

/** Whether a value as it stands in a URL is one the parameter's schema allows. */
final class ParameterValues {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,19}");

    private ParameterValues() {
    }

    static boolean isValid(ApiSpec spec, JsonNode schemaOrRef, String raw) {
        String value = decode(raw);
        if (value == null) {
            return false;
        }
        JsonNode schema = spec.resolve(schemaOrRef);
        if (ValidValues.type(schema).equals("array")) {
            String[] items = value.split(",", -1);
            if (items.length < schema.path("minItems").asInt(0) || items.length > schema.path("maxItems").asInt(Integer.MAX_VALUE)) {
                return false;
            }
            for (String item : items) {
                if (!isValidScalar(spec.resolve(schema.path("items")), item)) {
                    return false;
                }
            }
            return true;
        }
        return isValidScalar(schema, value);
    }

    private static boolean isValidScalar(JsonNode schema, String value) {
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))) {
            return false;
        }
        if (schema.path("enum").isArray()) {
            for (JsonNode allowed : schema.path("enum")) {
                if (allowed.asString().equals(value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (ValidValues.type(schema)) {
            case "integer" -> {
                if (!INTEGER.matcher(value).matches()) {
                    yield false;
                }
                try {
                    long number = Long.parseLong(value);
                    boolean int32 = schema.path("format").asString("").equals("int32");
                    yield (!int32 || number == (int) number)
                            && (!schema.has("minimum") || number >= schema.path("minimum").asLong())
                            && (!schema.has("maximum") || number <= schema.path("maximum").asLong());
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
            case "boolean" -> value.equals("true") || value.equals("false");
            default -> validText(schema, value);
        };
    }

    private static boolean validText(JsonNode schema, String value) {
        int length = value.codePointCount(0, value.length());
        if (length < schema.path("minLength").asInt(0) || length > schema.path("maxLength").asInt(Integer.MAX_VALUE)) {
            return false;
        }
        if (schema.has("pattern") && !Pattern.compile(schema.path("pattern").asString()).matcher(value).find()) {
            return false;
        }
        switch (schema.path("format").asString("")) {
            case "uuid" -> {
                try {
                    UUID.fromString(value);
                    return value.length() == 36;
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            case "date" -> {
                try {
                    LocalDate.parse(value);
                    return true;
                } catch (DateTimeParseException e) {
                    return false;
                }
            }
            default -> {
                return true;
            }
        }
    }

    /** Percent-decoded as UTF-8; {@code null} when the escapes or the bytes are malformed. */
    private static String decode(String raw) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                try {
                    bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException e) {
                    return null;
                }
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

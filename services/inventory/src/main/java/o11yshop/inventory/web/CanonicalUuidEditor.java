package o11yshop.inventory.web;

import java.beans.PropertyEditorSupport;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads a UUID in a request only in its canonical 36-character form. {@link UUID#fromString}, which
 * Spring uses by default, also accepts shortened groups ({@code …-a165-70867728950} becomes
 * {@code …-a165-070867728950}), so a mistyped ID would name another resource instead of being refused.
 * An editor rather than a converter, because Spring falls back to its lenient editor when a converter
 * refuses a value.
 */
public class CanonicalUuidEditor extends PropertyEditorSupport {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    public void setAsText(String text) {
        if (!CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a UUID (8-4-4-4-12 hexadecimal digits)");
        }
        setValue(UUID.fromString(text));
    }
}

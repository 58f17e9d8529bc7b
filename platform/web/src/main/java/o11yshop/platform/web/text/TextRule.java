package o11yshop.platform.web.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for text a caller sends, in every service: bodies, query and path parameters alike.
 *
 * <p><b>Single-line text</b> (names, titles, e-mail addresses, address lines, search terms; every string
 * unless its contract marks it {@code x-multiline: true}) refuses:
 * <ul>
 *   <li>every control character: C0 ({@code U+0000}–{@code U+001F}, NUL, tab and line breaks included),
 *       DEL ({@code U+007F}) and C1 ({@code U+0080}–{@code U+009F});</li>
 *   <li>the Unicode line and paragraph separators {@code U+2028} and {@code U+2029};</li>
 *   <li>unpaired surrogates: they are not characters, cannot be stored as UTF-8, and a JSON
 *       {@code \ud800} escape is the only way to send one;</li>
 *   <li>unassigned code points and noncharacters ({@code U+FFFE}, {@code U+FFFF}…): nothing legitimate
 *       is written with them, and what they will mean tomorrow is unknown;</li>
 *   <li>the bidirectional embeddings, overrides and isolates ({@code U+202A}–{@code U+202E},
 *       {@code U+2066}–{@code U+2069}): they reorder how the text around them is shown ("Trojan
 *       Source"), so that a product name or a note could read differently from what it is.</li>
 * </ul>
 * Everything else is welcome: every script, right-to-left text and the marks that help it
 * ({@code U+200E}, {@code U+200F}, {@code U+061C}), emoji with their joiners and variation selectors.
 *
 * <p><b>Multi-line text</b> (descriptions, notes: the fields marked {@code x-multiline: true}) follows the
 * same rule but also allows a tab ({@code U+0009}), a line feed ({@code U+000A}) and a carriage return
 * directly followed by a line feed ({@code \r\n}); a lone carriage return is still refused.
 */
public final class TextRule {

    /** What the contract says a string may hold. */
    public enum Shape { SINGLE_LINE, MULTI_LINE }

    private TextRule() {
    }

    /** Why the text breaks the rule, for the caller ("must not contain U+0000 (a control character)"); empty if it is fine. */
    public static Optional<String> violation(String text, Shape shape) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (shape == Shape.MULTI_LINE && isAllowedLineBreakOrTab(text, i, codePoint)) {
                i = next;
                continue;
            }
            String refused = whatIsWrongWith(codePoint);
            if (refused != null) {
                return Optional.of("must not contain " + codeOf(codePoint) + " (" + refused + ")");
            }
            i = next;
        }
        return Optional.empty();
    }

    private static boolean isAllowedLineBreakOrTab(String text, int index, int codePoint) {
        return codePoint == '\t' || codePoint == '\n'
                || (codePoint == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n');
    }

    private static String whatIsWrongWith(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == 0x2028 || codePoint == 0x2029) {
            return "a line break; this field is a single line";
        }
        if (codePoint == '\t') {
            return "a tab; this field is a single line";
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL -> "a control character";
            case Character.SURROGATE -> "half of a surrogate pair";
            case Character.UNASSIGNED -> "an unassigned code point";
            default -> isBidiControl(codePoint) ? "a bidirectional override" : null;
        };
    }

    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static String codeOf(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}

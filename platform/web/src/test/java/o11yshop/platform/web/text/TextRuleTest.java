package o11yshop.platform.web.text;

import static o11yshop.platform.web.text.TextRule.Shape.MULTI_LINE;
import static o11yshop.platform.web.text.TextRule.Shape.SINGLE_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Teapot", "", " spaced ", "ティーポット", "إبريق شاي", "קומקום", "a\u200Fb\u200E", "🫖",
            "👩‍👩‍👧‍👦", "✌🏽", "☕\uFE0F", "𝔗𝔢𝔞", "café", "o'Brien & Co. <b>", "\uE000 private use", "soft\u00ADhyphen"})
    void everyScriptRightToLeftTextAndEmojiAreWelcomeEverywhere(String text) {
        assertThat(TextRule.violation(text, SINGLE_LINE)).isEmpty();
        assertThat(TextRule.violation(text, MULTI_LINE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "\u001B[31m", "\u007F", "\u0085", "\u009F", "\uD800", "x\uDC00y",
            "\uFFFF", "\uFFFE", "\u0378", "evil\u202Egpj.exe", "\u202A", "\u2066x\u2069", "a\rb", "a\u2028b", "a\u2029b",
            "\u000B", "\u000C"})
    void controlCharactersUnpairedSurrogatesUnassignedCodePointsAndOverridesAreRefusedEverywhere(String text) {
        assertThat(TextRule.violation(text, SINGLE_LINE)).isPresent();
        assertThat(TextRule.violation(text, MULTI_LINE)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "windows\r\nline", "col\tcol", "\n", "\t\n\r\n"})
    void lineBreaksAndTabsAreForMultiLineTextOnly(String text) {
        assertThat(TextRule.violation(text, MULTI_LINE)).isEmpty();
        assertThat(TextRule.violation(text, SINGLE_LINE)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\r", "\r\r\n", "a\u0000\nb"})
    void aLoneCarriageReturnOrANulIsRefusedInMultiLineTextToo(String text) {
        assertThat(TextRule.violation(text, MULTI_LINE)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b"})
    void theRefusalNamesTheCodePoint(String text) {
        assertThat(TextRule.violation(text, SINGLE_LINE)).contains("must not contain U+0000 (a control character)");
    }
}

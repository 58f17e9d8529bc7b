package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsObjectsArraysAndScalars() {
        assertEquals(Map.of("a", List.of(1L, -2L, new BigDecimal("3.5"), true, false), "b", Map.of(), "c", "x"),
                Json.parse(" {\"a\": [1, -2, 3.5, true, false], \"b\": {}, \"c\": \"x\"} "));
        assertEquals(Arrays.asList(null, List.of()), Json.parse("[null,[]]"));
    }

    @Test
    void readsEscapes() {
        assertEquals("a\"b\\c\n\u00e9/", Json.parse("\"a\\\"b\\\\c\\n\\u00e9\\/\""));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String text : List.of("", "{", "[1,]", "{\"a\" 1}", "\"open", "1 2", "nul", "{1:2}")) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(text), text);
        }
    }
}

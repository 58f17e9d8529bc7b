package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static BenchOptions parse(String... args) {
        return BenchOptions.parse(List.of(args), Map.of());
    }

    private static String failure(String... args) {
        return assertThrows(BenchFailure.class, () -> parse(args)).getMessage();
    }

    @Test
    void defaultsAreThoseOfTheUsage() {
        assertEquals(new BenchOptions(8, 60, 10, 20, 0, 8080, "", List.of("off"), List.of("all"), 1, null, false, false),
                parse());
        assertFalse(parse().compares());
    }

    @Test
    void theEnvironmentSetsTheDefaultsAndTheCommandLineWins() {
        BenchOptions options = BenchOptions.parse(List.of("--users", "3"), Map.of(
                "SHOP_BENCH_USERS", "16", "SHOP_BENCH_DURATION", "5", "SHOP_BENCH_RAMP_UP", "0",
                "SHOP_BENCH_WARM_UP", "0", "SHOP_BENCH_THINK_TIME", "100", "SHOP_BENCH_PORT", "9090",
                "SHOP_URL", "http://localhost:8080/", "SHOP_BENCH_MODES", "xray", "SHOP_BENCH_SAMPLING", "default",
                "SHOP_BENCH_ROUNDS", "1"));

        assertEquals(new BenchOptions(3, 5, 0, 0, 100, 9090, "http://localhost:8080", List.of("xray"),
                List.of("default"), 1, null, false, false), options);
    }

    @Test
    void readsEveryOption() {
        BenchOptions options = parse("--users", "2", "--duration", "3", "--ramp-up", "4", "--warm-up", "5",
                "--think-time", "6", "--port", "7", "--modes", " otel , off,", "--sampling", "default,all",
                "--rounds", "2", "--report", "out.md", "--rebuild");

        assertEquals(new BenchOptions(2, 3, 4, 5, 6, 7, "", List.of("otel", "off"), List.of("default", "all"), 2,
                "out.md", true, false), options);
        assertTrue(options.compares());
    }

    @Test
    void severalModesSamplingsOrRoundsCompare() {
        assertTrue(parse("--modes", "off,xray").compares());
        assertTrue(parse("--sampling", "all,default").compares());
        assertTrue(parse("--rounds", "2").compares());
    }

    @Test
    void helpWinsOverValuesNotYetChecked() {
        assertTrue(parse("--users", "many", "--help").help());
        assertTrue(parse("-h").help());
    }

    @Test
    void countsAreWholeNumbersWithAMinimum() {
        assertEquals("--users must be a whole number >= 1; got: 0", failure("--users", "0"));
        assertEquals("--duration must be a whole number >= 1; got: 1.5", failure("--duration", "1.5"));
        assertEquals("--ramp-up must be a whole number >= 0; got: -1", failure("--ramp-up", "-1"));
        assertEquals("--rounds must be a whole number >= 1; got: x", failure("--rounds", "x"));
        assertEquals(0, parse("--warm-up", "0", "--think-time", "0").warmUp());
    }

    @Test
    void listsHoldKnownValuesOnce() {
        assertEquals("--modes: each value is one of off, xray, otel; got: jaeger", failure("--modes", "off,jaeger"));
        assertEquals("--modes: xray is listed twice", failure("--modes", "xray,off,xray"));
        assertEquals("--sampling needs at least one of: all, default", failure("--sampling", " , "));
    }

    @Test
    void aRunningShopIsMeasuredAsItRuns() {
        assertEquals("--url measures one running shop as it runs; --modes, --sampling and --rounds start shops of"
                + " their own", failure("--url", "http://localhost:8080", "--rounds", "2"));
    }

    @Test
    void anOptionWithoutItsValueOrAnUnknownOneFails() {
        assertEquals("--report needs a value", failure("--report"));
        BenchFailure unknown = assertThrows(BenchFailure.class, () -> parse("--users", "2", "--fast"));
        assertInstanceOf(UsageFailure.class, unknown);
        assertEquals("unknown option: --fast", unknown.getMessage());
        assertNull(parse().reportFile());
    }
}

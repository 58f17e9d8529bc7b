package o11yshop.platform.observability.awsnative.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import o11yshop.platform.observability.testing.EmbeddedMetricFormatSpec;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The step snapshot on a clock the test moves: what one step's values are, and how they are grouped and split. */
class CloudWatchMetricsRegistryTest {

    private static final Duration STEP = Duration.ofMinutes(1);

    private final MockClock clock = new MockClock();
    private final CloudWatchMetricsRegistry registry = new CloudWatchMetricsRegistry(STEP, clock, "catalog",
            List.of("http.server.requests", "shop.*"), List.of());

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void percentilesAndMaximumCoverExactlyTheStepTheCountCovers() {
        Timer requests = Timer.builder("http.server.requests").tag("uri", "/products").register(registry);
        // a slow step, then a fast one: the fast step's percentiles must not remember the slow one
        IntStream.rangeClosed(1, 100).forEach(i -> requests.record(Duration.ofMillis(1000 + 10 * i)));
        clock.add(STEP);
        Map<String, Double> slow = values(registry.snapshot());
        IntStream.rangeClosed(1, 100).forEach(i -> requests.record(Duration.ofMillis(i)));
        clock.add(STEP);
        Map<String, Double> fast = values(registry.snapshot());

        assertThat(slow.get("http.server.requests.count")).isEqualTo(100);
        assertThat(slow.get("http.server.requests.p50")).isCloseTo(1500, withinAFifth(1500));
        assertThat(slow.get("http.server.requests.max")).isEqualTo(2000);
        assertThat(fast.get("http.server.requests.count")).isEqualTo(100);
        assertThat(fast.get("http.server.requests.avg")).isEqualTo(50.5);
        assertThat(fast.get("http.server.requests.max")).isEqualTo(100);
        assertThat(fast.get("http.server.requests.p50")).isCloseTo(50, withinAFifth(50));
        assertThat(fast.get("http.server.requests.p90")).isCloseTo(90, withinAFifth(90));
        assertThat(fast.get("http.server.requests.p99")).isCloseTo(99, withinAFifth(99)).isLessThanOrEqualTo(100);
    }

    @Test
    void aQuietStepSendsNothingAndUnlistedMetersNeverGo() {
        Counter.builder("shop.product.views").register(registry).increment();
        Counter.builder("tomcat.sessions.created").register(registry).increment();
        clock.add(STEP);
        assertThat(values(registry.snapshot())).containsOnlyKeys("shop.product.views");

        clock.add(STEP);
        assertThat(registry.snapshot()).isEmpty();
    }

    @Test
    void metersWithTheSameDimensionsShareAGroupAndALineHoldsAtMostAHundredMetrics() {
        for (int i = 0; i < 150; i++) {
            Counter.builder("shop.test.counter" + i).register(registry).increment(i + 1);
        }
        clock.add(STEP);
        List<MetricGroup> groups = registry.snapshot();

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.dimensions()).containsExactly(Map.entry("service", "catalog"));
            assertThat(group.metrics()).hasSize(150);
        });
        List<String> lines = new ArrayList<>();
        EmfLines emf = new EmfLines("O11yShop");
        Instant now = Instant.now();
        for (int from = 0; from < 150; from += EmfLines.MAX_METRICS_PER_LINE) {
            lines.add(emf.line(now, groups.getFirst(), groups.getFirst().metrics().subList(from, Math.min(150, from + 100))));
        }
        assertThat(lines).hasSize(2).allSatisfy(EmbeddedMetricFormatSpec::check);
    }

    @Test
    void percentilesAreNamedAsCloudWatchNamesItsOwn() {
        assertThat(CloudWatchMetricsRegistry.percentileName(0.5)).isEqualTo("p50");
        assertThat(CloudWatchMetricsRegistry.percentileName(0.99)).isEqualTo("p99");
        assertThat(CloudWatchMetricsRegistry.percentileName(0.999)).isEqualTo("p99.9");
    }

    private static Map<String, Double> values(List<MetricGroup> groups) {
        Map<String, Double> values = new LinkedHashMap<>();
        groups.forEach(group -> group.metrics().forEach(metric -> values.put(metric.name(), metric.value())));
        return values;
    }

    /** A percentile read from buckets is off by at most a bucket's width, about a fifth of the value. */
    private static Offset<Double> withinAFifth(double value) {
        return Offset.offset(value / 5);
    }
}

package o11yshop.launcher.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelemetryLogTapTest {

    private static final String TRACE = "1-5759e988-bd862e3fe1be46a994272793";

    private final TelemetryBuffer buffer = new TelemetryBuffer(new TelemetryBuffer.Limits(2, 3, 2, 2, 2), Clock.systemUTC());
    private final List<String> console = new ArrayList<>();
    private final TelemetryLogTap tap = new TelemetryLogTap(buffer, (source, line) -> console.add(source + ": " + line));

    @Test
    void aLogLineWithATraceIdJoinsItsTraceAndStillReachesTheConsole() {
        String line = "{\"level\":\"INFO\",\"message\":\"Order placed\",\"trace_id\":\"" + TRACE + "\"}";

        tap.line("order", line);

        assertThat(buffer.trace(TRACE).orElseThrow().logLines()).containsExactly(line);
        assertThat(console).containsExactly("order: " + line);
    }

    @Test
    void anEmfLineIsKeptAsAMetricLine() {
        String emf = """
                {"_aws":{"Timestamp":1700000000000,"CloudWatchMetrics":[{"Namespace":"O11yShop","Dimensions":[["service"]],"Metrics":[{"Name":"OrdersPlaced","Unit":"Count"}]}]},"service":"order","OrdersPlaced":1}""";

        tap.line("order", emf);

        assertThat(buffer.recentMetricLines(10)).singleElement()
                .satisfies(metric -> {
                    assertThat(metric.source()).isEqualTo("order");
                    assertThat(metric.document()).isEqualTo(emf);
                });
    }

    @Test
    void plainTextAndBrokenJsonOnlyGoToTheConsole() {
        tap.line("catalog", "WARNING: A restricted method in java.lang.System has been called");
        tap.line("catalog", "{\"trace_id\":\"" + TRACE + "\"");

        assertThat(buffer.recentTraces(10)).isEmpty();
        assertThat(console).hasSize(2);
    }

    @Test
    void emfAndOtherJsonLinesAreCountedApartInUtf8Bytes() {
        String emf = "{\"_aws\":{\"Timestamp\":1,\"CloudWatchMetrics\":[]},\"OrdersPlaced\":1}";
        String log = "{\"message\":\"Café ☕ 😀\"}";

        tap.line("order", emf);
        tap.line("order", log);
        tap.line("order", log);
        tap.line("order", "Started OrderApplication in 4.2 seconds");
        tap.line("order", "{\"cut\":");

        TelemetryVolume volume = buffer.volume();
        assertThat(volume.emfLines().messages()).isEqualTo(1);
        assertThat(volume.emfLines().bytes()).isEqualTo(emf.length());
        assertThat(volume.logLines().messages()).isEqualTo(2);
        assertThat(volume.logLines().bytes()).isEqualTo(2L * log.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void theBufferKeepsTheNewestTracesAndABoundedNumberOfLinesEach() {
        for (int i = 1; i <= 3; i++) {
            tap.line("catalog", "{\"trace_id\":\"1-00000000-00000000000000000000000" + i + "\"}");
        }
        for (int i = 0; i < 5; i++) {
            tap.line("catalog", "{\"trace_id\":\"1-00000000-000000000000000000000003\",\"n\":" + i + "}");
        }

        assertThat(buffer.recentTraces(10)).extracting(TelemetryBuffer.Trace::traceId)
                .containsExactly("1-00000000-000000000000000000000003", "1-00000000-000000000000000000000002");
        assertThat(buffer.trace("1-00000000-000000000000000000000003").orElseThrow().logLines()).hasSize(3);
    }
}

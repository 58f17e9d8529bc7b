package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import o11yshop.benchmark.driver.Comparison.Row;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static Row run(String name, String throughput, String p50, String cpu, String telemetry) {
        String[] parts = name.split("-");
        return new Row(name, parts[1], parts[2], "60", "6000", "0", throughput, p50, "140", "180", cpu, "1500",
                telemetry, "54.4", "3.0");
    }

    private static List<String> meanLines(String markdown) {
        List<String> lines = markdown.lines().toList();
        int header = lines.indexOf(lines.stream().filter(line -> line.startsWith("| Mode |")).findFirst().orElseThrow());
        return lines.subList(header + 2, lines.size()).stream().takeWhile(line -> line.startsWith("|")).toList();
    }

    @Test
    void oneRowPerRunInTheOrderTheyRan() {
        String markdown = Comparison.markdown(List.of(
                run("1-off-all", "85.0", "80", "19.72", "0.0"),
                run("1-xray-all", "56.16", "130", "30.03", "5032.7")));

        assertTrue(markdown.startsWith("""
                | Run | Mode | Sampling | Start-up (s) | Requests | Errors | Throughput (req/s) | p50 (ms) | p95 (ms) \
                | p99 (ms) | Shop CPU per request (ms) | Services' peak RSS (MiB) | Telemetry (bytes/request) \
                | JSON log lines (bytes/request) | Everything else (CPU s) |
                |---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | 1-off-all | off | all | 60 | 6000 | 0 | 85.0 | 80 | 140 | 180 | 19.72 | 1500 | 0.0 | 54.4 | 3.0 |
                | 1-xray-all | xray | all | 60 | 6000 | 0 | 56.16 | 130 | 140 | 180 | 30.03 | 1500 | 5032.7 | 54.4 | 3.0 |

                | Mode | Sampling | Runs | Throughput (req/s) |"""), markdown);
        assertTrue(markdown.contains("\nMeans over the runs; in brackets each mean's ratio"), markdown);
    }

    @Test
    void meansWithTheirRatioToOffOfTheSameSampling() {
        List<String> means = meanLines(Comparison.markdown(List.of(
                run("1-off-all", "90", "80", "20.0", "0.0"),
                run("1-xray-all", "60", "120", "30.0", "5000.0"),
                run("1-off-default", "100", "70", "10.0", "0.0"),
                run("1-xray-default", "80", "70", "12.0", "900.0"),
                run("2-off-all", "80", "80", "18.0", "0.0"),
                run("2-xray-all", "68", "130", "25.0", "5100.0"))));

        assertEquals(List.of(
                "| off | all | 2 | 85.0 | 80.0 | 140.0 | 180.0 | 19.0 | 1500.0 | 60.0 | 0.0 | 54.4 |",
                "| xray | all | 2 | 64.0 (×0.75) | 125.0 (×1.56) | 140.0 (×1.00) | 180.0 (×1.00) | 27.5 (×1.45)"
                        + " | 1500.0 (×1.00) | 60.0 (×1.00) | 5050.0 | 54.4 (×1.00) |",
                "| off | default | 1 | 100.0 | 70.0 | 140.0 | 180.0 | 10.0 | 1500.0 | 60.0 | 0.0 | 54.4 |",
                "| xray | default | 1 | 80.0 (×0.80) | 70.0 (×1.00) | 140.0 (×1.00) | 180.0 (×1.00) | 12.0 (×1.20)"
                        + " | 1500.0 (×1.00) | 60.0 (×1.00) | 900.0 | 54.4 (×1.00) |"), means);
    }

    @Test
    void aColumnWithoutNumbersIsADashAndWithoutOffThereIsNoRatio() {
        Row unmeasured = new Row("1-otel-all", "otel", "all", "55", "10", "0", "1.5", "3", "4", "5", "", "", "", "",
                "");

        assertEquals(List.of("| otel | all | 1 | 1.5 | 3.0 | 4.0 | 5.0 | - | - | 55.0 | - | - |"),
                meanLines(Comparison.markdown(List.of(unmeasured))));
    }
}

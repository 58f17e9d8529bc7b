package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import o11yshop.benchmark.driver.GatlingReport.Row;
import o11yshop.benchmark.driver.ResourceUsage.ProcessUsage;
import org.junit.jupiter.api.Test;

class RunReportTest {

    private static final BenchOptions OPTIONS = BenchOptions.parse(List.of(), Map.of());
    private static final List<Row> ROWS = List.of(
            new Row("search", 1000, 0, "12.5", "70", "129", "148", "207", "365"),
            new Row(GatlingReport.TOTAL_NAME, 1000, 0, "12.5", "66", "118", "144", "205", "387"));
    private static final ResourceUsage RESOURCES = new ResourceUsage(List.of(
            new ProcessUsage("edge (launcher JVM)", false, 300L, "365", "370"),
            new ProcessUsage("catalog", true, 700L, "391", "400")), 500, 2000L, 100);
    private static final TelemetryVolume VOLUME = new TelemetryVolume(Map.of(
            "xray.datagrams", 1000L, "xray.bytes", 500000L, "logLines.lines", 2000L, "logLines.bytes", 60000L));

    private static RunReport report(ResourceUsage resources, TelemetryVolume volume, boolean failed) {
        return new RunReport("2026-11-23 07:54 UTC", List.of("- Simulation: `x`"), List.of("- CPU: 2 cores (test)"),
                "xray, sampling all", ROWS, resources, 88, 2, volume,
                Path.of("benchmark/target/gatling/run-1"), Path.of(".shop/bench/run-gatling.log"), failed);
    }

    @Test
    void settingsOfAShopStartedHere() {
        assertEquals(List.of(
                "- Simulation: `o11yshop.benchmark.BrowseAndSearchSimulation` (commit abc1234)",
                "- Shop: http://127.0.0.1:8080 (started by this script: launcher, embedded PostgreSQL, one JVM per service)",
                "- Observability mode: xray (X-Ray SDK: segments to the launcher's local X-Ray daemon over UDP; EMF metric"
                        + " lines on stdout every 10 s)",
                "- Sampling: default (each approach's own: X-Ray 1 request a second and 5 % of the rest, OpenTelemetry"
                        + " parentbased_traceidratio 0.05)",
                "- Warning: X-Ray not caught: udp 2000 is taken; the telemetry volume misses what went there",
                "- Start-up: 68 s from starting the launcher until every service reported running",
                "- Load: 8 concurrent users (closed model; a quarter of them buy, the rest browse and search), 10 s"
                        + " ramp-up, then 60 s at full load; think time 0 ms",
                "- Warm-up before it: 20 s of the same journey, not recorded",
                "- The load generator (Gatling) runs on the same machine and shares its CPU with the shop"),
                RunReport.settings(OPTIONS, "http://127.0.0.1:8080",
                        new RunReport.Observability("xray", "default", "X-Ray not caught: udp 2000 is taken", 68),
                        "abc1234"));
    }

    @Test
    void settingsOfARunningShop() {
        List<String> settings = RunReport.settings(OPTIONS, "http://shop:8080", null, "abc1234");

        assertEquals("- Shop: http://shop:8080 (already running)", settings.get(1));
        assertEquals("- Observability mode: the running shop's own", settings.get(2));
        assertEquals("- Sampling: the running shop's own", settings.get(3));
        assertEquals("- Load: 8 concurrent users", settings.get(4).substring(0, 26));
    }

    @Test
    void theWholeReportInItsSections() {
        String markdown = report(RESOURCES, VOLUME, false).markdown();

        assertTrue(markdown.startsWith("""
                # o11y-shop benchmark, 2026-11-23 07:54 UTC

                ## Settings

                - Simulation: `x`

                ## Machine

                - CPU: 2 cores (test)

                ## Results (observability: xray, sampling all)

                Latency in ms, over every request of the measured run (ramp-up included); throughput is the run's mean.

                | Request | Requests |"""), markdown);
        assertTrue(markdown.contains("""
                | **all requests** | 1000 | 0 | 0.00 | 12.5 | 66 | 118 | 144 | 205 | 387 |

                ## CPU and memory during the measured run

                CPU time summed over all cores, from /proc, over the 88 s from just before the measured run
                to just after it (Maven's and Gatling's start and Gatling's report included, so at most
                176 CPU s); per request: divided by the requests measured.
                "Everything else" is what other processes on the machine used meanwhile.

                | Process |"""), markdown);
        assertTrue(markdown.contains("""
                | everything else on the machine | 5.0 | 5.00 | - | - |

                ## Telemetry shipped during the measured run

                What reached"""), markdown);
        assertTrue(markdown.endsWith("""
                | JSON log lines (stdout; not in the total) | 2000 | 60000 | 60000 | 60.0 |

                Gatling's report: `benchmark/target/gatling/run-1/index.html`
                """), markdown);
    }

    @Test
    void withoutProcOrVolumeOnlyGatlingsTableAndAFailureSaysWhere() {
        String markdown = report(null, null, true).markdown();

        assertTrue(markdown.endsWith("""
                | **all requests** | 1000 | 0 | 0.00 | 12.5 | 66 | 118 | 144 | 205 | 387 |

                Gatling's report: `benchmark/target/gatling/run-1/index.html`

                **The run failed: more than 1 % of the requests failed** (Gatling's output: `.shop/bench/run-gatling.log`).
                """), markdown);
    }

    @Test
    void aComparisonRowTakesTheNumbersTheReportShows() {
        assertEquals(new Comparison.Row("1-xray-all", "xray", "all", "68", "1000", "0", "12.5", "66", "144", "205",
                        "10.00", "400", "500.0", "60.0", "5.0"),
                report(RESOURCES, VOLUME, false).comparisonRow("1-xray-all", "xray", "all", 68));
        assertEquals(new Comparison.Row("1-xray-all", "xray", "all", "68", "1000", "0", "12.5", "66", "144", "205",
                        "", "", "", "", ""),
                report(null, null, false).comparisonRow("1-xray-all", "xray", "all", 68));
    }
}

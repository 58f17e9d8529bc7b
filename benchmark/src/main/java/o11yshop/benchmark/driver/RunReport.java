package o11yshop.benchmark.driver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown report of one measured run: the settings, the machine, Gatling's table per request, the CPU
 * and memory the shop used, and the telemetry it shipped.
 *
 * @param title the heading's time, "2026-11-23 07:54 UTC"
 * @param observability "off, sampling all", or "the running shop's" for a shop started elsewhere
 * @param resources null where /proc is not readable
 * @param volume null where the shop does not count its telemetry
 */
record RunReport(String title, List<String> settings, List<String> machine, String observability,
                 List<GatlingReport.Row> rows, ResourceUsage resources, int windowSeconds, int cores,
                 TelemetryVolume volume, Path gatlingReport, Path gatlingLog, boolean failed) {

    /** The mode and sampling of a shop started here; null for one already running. */
    record Observability(String mode, String sampling, String notCaught, int startSeconds) {
    }

    static List<String> settings(BenchOptions options, String shopUrl, Observability started, String commit) {
        List<String> lines = new ArrayList<>();
        lines.add("- Simulation: `" + GatlingRun.SIMULATION + "` (commit " + commit + ")");
        lines.add("- Shop: " + shopUrl + " (" + (started != null
                ? "started by this script: launcher, embedded PostgreSQL, one JVM per service" : "already running") + ")");
        if (started == null) {
            lines.add("- Observability mode: the running shop's own");
            lines.add("- Sampling: the running shop's own");
        } else {
            lines.add("- Observability mode: " + switch (started.mode()) {
                case "xray" -> "xray (X-Ray SDK: segments to the launcher's local X-Ray daemon over UDP;"
                        + " EMF metric lines on stdout every 10 s)";
                case "otel" -> "otel (OpenTelemetry SDK: OTLP/HTTP exports to the launcher's receiver; metrics every 10 s)";
                default -> "off (nothing traced or measured)";
            });
            lines.add("- Sampling: " + (started.sampling().equals("all")
                    ? "all (every request traced: X-Ray rules that sample everything,"
                            + " OTEL_TRACES_SAMPLER=parentbased_always_on)"
                    : "default (each approach's own: X-Ray 1 request a second and 5 % of the rest,"
                            + " OpenTelemetry parentbased_traceidratio 0.05)"));
            if (!started.notCaught().isEmpty()) {
                lines.add("- Warning: " + started.notCaught() + "; the telemetry volume misses what went there");
            }
            lines.add("- Start-up: " + started.startSeconds()
                    + " s from starting the launcher until every service reported running");
        }
        lines.add("- Load: " + options.users() + " concurrent users (closed model; a quarter of them buy, the rest"
                + " browse and search), " + options.rampUp() + " s ramp-up, then " + options.duration()
                + " s at full load; think time " + options.thinkTime() + " ms");
        lines.add("- Warm-up before it: " + options.warmUp() + " s of the same journey, not recorded");
        lines.add("- The load generator (Gatling) runs on the same machine and shares its CPU with the shop");
        return lines;
    }

    GatlingReport.Row total() {
        return rows.getLast();
    }

    private boolean hasRequests() {
        return total().requests() > 0;
    }

    String markdown() {
        StringBuilder report = new StringBuilder()
                .append("# o11y-shop benchmark, ").append(title).append("\n\n")
                .append("## Settings\n\n");
        settings.forEach(line -> report.append(line).append('\n'));
        report.append("\n## Machine\n\n");
        machine.forEach(line -> report.append(line).append('\n'));
        report.append("\n## Results (observability: ").append(observability).append(")\n\n")
                .append("Latency in ms, over every request of the measured run (ramp-up included);"
                        + " throughput is the run's mean.\n\n")
                .append(GatlingReport.markdown(rows));
        long requests = total().requests();
        if (resources != null && hasRequests()) {
            report.append("""

                    ## CPU and memory during the measured run

                    CPU time summed over all cores, from /proc, over the %d s from just before the measured run
                    to just after it (Maven's and Gatling's start and Gatling's report included, so at most
                    %d CPU s); per request: divided by the requests measured.
                    "Everything else" is what other processes on the machine used meanwhile.

                    """.formatted(windowSeconds, windowSeconds * cores))
                    .append(resources.table(requests));
        }
        if (volume != null && hasRequests()) {
            report.append("""

                    ## Telemetry shipped during the measured run

                    What reached the launcher's telemetry sink (GET /_launcher/telemetry/volume, read just before and
                    just after the measured run, the same window as the CPU time); per request: divided by the requests
                    measured. X-Ray: each datagram with its header line; OTLP: each export's body as sent (gzipped when
                    the exporter compresses) and decoded; lines: UTF-8 bytes without the line break. The total is what
                    tracing and metrics ship; the JSON log lines are written in every mode, so they stand apart.
                    Periodic exports (metrics every 10 s) and batches still in flight at either edge of the window are
                    counted when they arrive.

                    """).append(volume.table(requests));
        }
        report.append("\nGatling's report: `").append(gatlingReport.resolve("index.html")).append("`\n");
        if (failed) {
            report.append("\n**The run failed: more than 1 % of the requests failed** (Gatling's output: `")
                    .append(gatlingLog).append("`).\n");
        }
        return report.toString();
    }

    /** This run's line in a comparison, with the numbers as this report shows them. */
    Comparison.Row comparisonRow(String run, String mode, String sampling, int startSeconds) {
        GatlingReport.Row total = total();
        boolean measured = resources != null && hasRequests();
        boolean shipped = volume != null && hasRequests();
        return new Comparison.Row(run, mode, sampling, Integer.toString(startSeconds),
                Long.toString(total.requests()), Long.toString(total.errors()), total.throughput(),
                total.p50(), total.p95(), total.p99(),
                measured ? resources.shopCpuPerRequest(total.requests()).orElse("") : "",
                measured ? resources.servicesPeakRss().orElse("") : "",
                shipped ? volume.totalPerRequest(total.requests()) : "",
                shipped ? volume.logLinesPerRequest(total.requests()) : "",
                measured ? resources.everythingElseSeconds().orElse("") : "");
    }
}

package o11yshop.benchmark.driver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison of interleaved runs (O-COMP-01): one row per run, then one per mode and sampling with
 * the means over its runs, each mean with its ratio to the mean of {@code off} with the same sampling.
 */
final class Comparison {

    /** A run's numbers as its report shows them; empty where it has none. */
    record Row(String run, String mode, String sampling, String startUp, String requests, String errors,
               String throughput, String p50, String p95, String p99, String shopCpuPerRequest,
               String servicesPeakRss, String telemetryPerRequest, String logLinesPerRequest, String everythingElse) {

        List<String> cells() {
            return List.of(run, mode, sampling, startUp, requests, errors, throughput, p50, p95, p99,
                    shopCpuPerRequest, servicesPeakRss, telemetryPerRequest, logLinesPerRequest, everythingElse);
        }
    }

    /** The columns of the means table, as indexes into {@link Row#cells()}. */
    private static final int[] MEAN_COLUMNS = {6, 7, 8, 9, 10, 11, 3, 12, 13};
    private static final int FIRST_NUMBER = 3;

    private static final String EXPLANATION = """
            Means over the runs; in brackets each mean's ratio to the mean of `off` with the same sampling (none
            where off has 0, as it has for telemetry). Sampling `all` traces every request, `default` is each
            approach's own default (X-Ray 1 request a second and 5 % of the rest, OpenTelemetry
            parentbased_traceidratio 0.05); in mode off nothing is traced either way.

            - Telemetry (bytes/request): what tracing and metrics shipped to the launcher's telemetry sink during the
              measured run — X-Ray UDP datagrams (header line and segment document), OTLP export bodies for traces,
              metrics and logs as sent (gzipped when the exporter compresses), and EMF lines on stdout — read from
              GET /_launcher/telemetry/volume just before and just after the run, divided by the requests Gatling made.
              Periodic exports (metrics every 10 s) count per second, not per request, and what is in flight at either
              edge of the window is counted when it arrives.
            - JSON log lines (bytes/request): the services' other JSON lines on stdout (CloudWatch Logs' share in AWS),
              written in every mode; not in the telemetry column.
            - Shop CPU per request includes the launcher, whose telemetry sink does the work that the X-Ray daemon or
              the collector would do in AWS. Services' peak RSS: each service's high-water mark, summed.
            """;

    private Comparison() {
    }

    static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder()
                .append("| Run | Mode | Sampling | Start-up (s) | Requests | Errors | Throughput (req/s) | p50 (ms) "
                        + "| p95 (ms) | p99 (ms) | Shop CPU per request (ms) | Services' peak RSS (MiB) "
                        + "| Telemetry (bytes/request) | JSON log lines (bytes/request) | Everything else (CPU s) |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            table.append("| ").append(String.join(" | ", row.cells())).append(" |\n");
        }
        table.append("\n| Mode | Sampling | Runs | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) "
                        + "| Shop CPU per request (ms) | Services' peak RSS (MiB) | Start-up (s) "
                        + "| Telemetry (bytes/request) | JSON log lines (bytes/request) |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Map<String, Group> groups = groups(rows);
        for (Group group : groups.values()) {
            List<String> cells = new ArrayList<>(List.of(group.mode, group.sampling, Integer.toString(group.runs)));
            Group off = groups.get(key("off", group.sampling));
            for (int column : MEAN_COLUMNS) {
                cells.add(group.cell(column, group.mode.equals("off") ? null : off));
            }
            table.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return table.append('\n').append(EXPLANATION).toString();
    }

    /** The runs of each mode and sampling, in the order they first ran. */
    private static Map<String, Group> groups(List<Row> rows) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(key(row.mode(), row.sampling()), key -> new Group(row.mode(), row.sampling()))
                    .add(row.cells());
        }
        return groups;
    }

    private static String key(String mode, String sampling) {
        return mode + "/" + sampling;
    }

    /** The sums and counts per column over the runs of one mode and sampling that have a number there. */
    private static final class Group {
        final String mode;
        final String sampling;
        int runs;
        final double[] sums = new double[Row.class.getRecordComponents().length];
        final int[] counts = new int[sums.length];

        Group(String mode, String sampling) {
            this.mode = mode;
            this.sampling = sampling;
        }

        void add(List<String> cells) {
            runs++;
            for (int column = FIRST_NUMBER; column < cells.size(); column++) {
                String value = cells.get(column).strip();
                if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                    sums[column] += Double.parseDouble(value);
                    counts[column]++;
                }
            }
        }

        /** The mean, with its ratio to {@code base}'s mean when there is one above 0; "-" without a number. */
        String cell(int column, Group base) {
            if (counts[column] == 0) {
                return "-";
            }
            double mean = sums[column] / counts[column];
            if (base == null || base.counts[column] == 0) {
                return String.format(Locale.ROOT, "%.1f", mean);
            }
            double baseMean = base.sums[column] / base.counts[column];
            return baseMean > 0 ? String.format(Locale.ROOT, "%.1f (×%.2f)", mean, mean / baseMean)
                    : String.format(Locale.ROOT, "%.1f", mean);
        }
    }
}

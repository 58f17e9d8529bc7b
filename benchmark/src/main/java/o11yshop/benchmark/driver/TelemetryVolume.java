package o11yshop.benchmark.driver;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the launcher's telemetry sink counted (GET /_launcher/telemetry/volume): X-Ray datagrams, OTLP
 * exports per signal, EMF and JSON log lines on the services' stdout, as numbers by path
 * ({@code xray.bytes}, {@code otlp.traces.wireBytes}, {@code emf.lines}, …). The launcher counts from its
 * start, so the telemetry of a run is the difference of a read before and one after it.
 */
record TelemetryVolume(Map<String, Long> counts) {

    private static final String[] OTLP_SIGNALS = {"traces", "metrics", "logs"};

    static TelemetryVolume fromJson(String json) {
        Map<String, Long> counts = new LinkedHashMap<>();
        flatten("", Json.parse(json), counts);
        return new TelemetryVolume(counts);
    }

    private static void flatten(String path, Object value, Map<String, Long> counts) {
        if (value instanceof Map<?, ?> members) {
            members.forEach((name, member) -> flatten(path + name + ".", member, counts));
        } else if (value instanceof Long number) {
            counts.put(path.substring(0, path.length() - 1), number);
        }
    }

    /** after − before, for each path both have. */
    TelemetryVolume since(TelemetryVolume before) {
        Map<String, Long> difference = new LinkedHashMap<>();
        counts.forEach((path, count) -> {
            if (before.counts.containsKey(path)) {
                difference.put(path, count - before.counts.get(path));
            }
        });
        return new TelemetryVolume(difference);
    }

    private long count(String path) {
        return counts.getOrDefault(path, 0L);
    }

    private long otlp(String field) {
        long sum = 0;
        for (String signal : OTLP_SIGNALS) {
            sum += count("otlp." + signal + "." + field);
        }
        return sum;
    }

    /** Bytes of tracing and metrics per request (X-Ray, OTLP as sent, EMF), as the table shows it. */
    String totalPerRequest(long requests) {
        return perRequest(count("xray.bytes") + otlp("wireBytes") + count("emf.bytes"), requests);
    }

    String logLinesPerRequest(long requests) {
        return perRequest(count("logLines.bytes"), requests);
    }

    String table(long requests) {
        StringBuilder table = new StringBuilder()
                .append("| Channel | Messages | Bytes as sent | Bytes uncompressed | Bytes per request |\n")
                .append("|---|---:|---:|---:|---:|\n");
        row(table, "X-Ray segment documents (UDP datagrams to the daemon)",
                count("xray.datagrams"), count("xray.bytes"), count("xray.bytes"), requests);
        for (String signal : OTLP_SIGNALS) {
            String prefix = "otlp." + signal + ".";
            row(table, "OTLP " + signal + " (exports to the receiver)", count(prefix + "requests"),
                    count(prefix + "wireBytes"), count(prefix + "uncompressedBytes"), requests);
        }
        row(table, "EMF lines (stdout)", count("emf.lines"), count("emf.bytes"), count("emf.bytes"), requests);
        long plain = count("xray.bytes") + count("emf.bytes");
        row(table, "**telemetry in total** (X-Ray + OTLP + EMF)",
                count("xray.datagrams") + otlp("requests") + count("emf.lines"),
                plain + otlp("wireBytes"), plain + otlp("uncompressedBytes"), requests);
        row(table, "JSON log lines (stdout; not in the total)",
                count("logLines.lines"), count("logLines.bytes"), count("logLines.bytes"), requests);
        return table.toString();
    }

    private static void row(StringBuilder table, String name, long messages, long bytes, long unpacked,
                            long requests) {
        table.append("| %s | %d | %d | %d | %s |\n".formatted(name, messages, bytes, unpacked,
                perRequest(bytes, requests)));
    }

    private static String perRequest(long bytes, long requests) {
        return String.format(Locale.ROOT, "%.1f", (double) bytes / requests);
    }
}

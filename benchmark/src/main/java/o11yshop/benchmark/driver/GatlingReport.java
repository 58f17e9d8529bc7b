package o11yshop.benchmark.driver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the statistics table of a Gatling report into a Markdown table: per request name and in total,
 * requests, errors, throughput and the p50/p90/p95/p99 and max response times.
 *
 * <p>Gatling 3.15 no longer writes {@code js/stats.json}; the numbers a report shows are only in its
 * {@code index.html}. That page is generated from a template of the pinned Gatling version, so it is
 * read here by its column headers rather than by position, and any change in its shape stops the tool
 * with a message instead of printing wrong numbers.
 */
public final class GatlingReport {

    /** One line of the table; numbers stay as Gatling printed them ("-" where it has none). */
    public record Row(String name, long requests, long errors, String throughput,
                      String p50, String p90, String p95, String p99, String max) {

        public double errorPercent() {
            return requests == 0 ? 0 : 100.0 * errors / requests;
        }
    }

    /** Thrown when the page is not the report this tool knows. */
    public static final class UnexpectedReportException extends RuntimeException {
        UnexpectedReportException(String message) {
            super(message + " (is the report from Gatling 3.15? see benchmark/pom.xml)");
        }
    }

    private static final String TOTAL_ROW_ID = "ROOT";
    public static final String TOTAL_NAME = "all requests";

    private static final Pattern HEADER = Pattern.compile("<th id=\"(col-\\d+)\"[^>]*>(.*?)</th>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*?(col-\\d+)\">([^<]*)</td>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private GatlingReport() {
    }

    /** The report's rows in its own order, the total ("all requests") last. */
    public static List<Row> parse(String html) {
        Map<String, String> columns = columnsByHeader(html);
        List<Row> requests = new ArrayList<>();
        Row total = null;
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Map<String, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(cell.group(1), cell.group(2).strip());
            }
            if (cells.isEmpty()) {
                continue;
            }
            boolean isTotal = row.group(1).equals(TOTAL_ROW_ID);
            Row parsed = toRow(isTotal ? TOTAL_NAME : name(row.group(2)), cells, columns);
            if (isTotal) {
                total = parsed;
            } else {
                requests.add(parsed);
            }
        }
        if (total == null) {
            throw new UnexpectedReportException("no total row (tr id=\"ROOT\") in the statistics table");
        }
        requests.add(total);
        return requests;
    }

    public static String markdown(List<Row> rows) {
        StringBuilder table = new StringBuilder()
                .append("| Request | Requests | Errors | Error % | Throughput (req/s) "
                        + "| p50 (ms) | p90 (ms) | p95 (ms) | p99 (ms) | Max (ms) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            String name = row.name().equals(TOTAL_NAME) ? "**" + TOTAL_NAME + "**" : "`" + row.name() + "`";
            table.append("| ").append(String.join(" | ", name,
                            Long.toString(row.requests()), Long.toString(row.errors()),
                            String.format(Locale.ROOT, "%.2f", row.errorPercent()),
                            row.throughput(), row.p50(), row.p90(), row.p95(), row.p99(), row.max()))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** Column ids (col-N) by the header text this tool needs. */
    private static Map<String, String> columnsByHeader(String html) {
        Map<String, String> columns = new HashMap<>();
        Matcher header = HEADER.matcher(html);
        while (header.find()) {
            columns.put(text(header.group(2)), header.group(1));
        }
        List<String> missing = new ArrayList<>();
        for (String needed : List.of("Total", "KO", "Cnt/s", "50th pct", "90th pct", "95th pct", "99th pct", "Max")) {
            if (!columns.containsKey(needed)) {
                missing.add(needed);
            }
        }
        if (!missing.isEmpty()) {
            // the percentile headers follow gatling.conf; a run without that file reports 50/75/95/99
            throw new UnexpectedReportException("the statistics table has no column " + missing
                    + "; it has " + columns.keySet());
        }
        return columns;
    }

    private static Row toRow(String name, Map<String, String> cells, Map<String, String> columns) {
        return new Row(name,
                count(name, cells, columns, "Total"),
                count(name, cells, columns, "KO"),
                value(name, cells, columns, "Cnt/s"),
                value(name, cells, columns, "50th pct"),
                value(name, cells, columns, "90th pct"),
                value(name, cells, columns, "95th pct"),
                value(name, cells, columns, "99th pct"),
                value(name, cells, columns, "Max"));
    }

    private static String value(String name, Map<String, String> cells, Map<String, String> columns, String header) {
        String value = cells.get(columns.get(header));
        if (value == null || value.isEmpty()) {
            throw new UnexpectedReportException("row '" + name + "' has no value for '" + header + "'");
        }
        return value;
    }

    private static long count(String name, Map<String, String> cells, Map<String, String> columns, String header) {
        String value = value(name, cells, columns, header);
        try {
            return Long.parseLong(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UnexpectedReportException("row '" + name + "': '" + header + "' is not a count: " + value);
        }
    }

    private static String name(String rowHtml) {
        Matcher name = NAME.matcher(rowHtml);
        if (!name.find()) {
            throw new UnexpectedReportException("a row of the statistics table has no request name");
        }
        return text(name.group(1));
    }

    private static String text(String html) {
        return TAG.matcher(html).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&nbsp;", " ").replace("&amp;", "&")
                .strip();
    }
}

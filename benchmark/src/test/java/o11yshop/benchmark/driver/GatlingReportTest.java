package o11yshop.benchmark.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import o11yshop.benchmark.driver.GatlingReport.Row;
import o11yshop.benchmark.driver.GatlingReport.UnexpectedReportException;
import org.junit.jupiter.api.Test;

class GatlingReportTest {

    private static String report() throws IOException {
        try (InputStream in = GatlingReportTest.class.getResourceAsStream("/gatling-report/index.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEveryRequestInTheReportsOrderAndTheTotalLast() throws IOException {
        List<Row> rows = GatlingReport.parse(report());

        assertEquals(List.of("categories", "featured", "list", "breadcrumb", "category", "detail", "search",
                GatlingReport.TOTAL_NAME), rows.stream().map(Row::name).toList());
        assertEquals(new Row("detail", 4, 0, "0.5", "313", "401", "401", "401", "401"), rows.get(5));
        assertEquals(new Row(GatlingReport.TOTAL_NAME, 16, 0, "2", "401", "1681", "1960", "1960", "1960"),
                rows.get(7));
    }

    @Test
    void printsOneMarkdownLinePerRequestWithTheErrorShare() {
        String table = GatlingReport.markdown(List.of(
                new Row("search", 200, 3, "41.5", "12", "30", "41", "80", "120"),
                new Row(GatlingReport.TOTAL_NAME, 200, 3, "41.5", "12", "30", "41", "80", "120")));

        assertTrue(table.startsWith("| Request | Requests | Errors | Error % | Throughput (req/s) |"), table);
        assertTrue(table.contains("| `search` | 200 | 3 | 1.50 | 41.5 | 12 | 30 | 41 | 80 | 120 |\n"), table);
        assertTrue(table.contains("| **all requests** | 200 | 3 | 1.50 |"), table);
    }

    @Test
    void refusesAReportWithoutTheConfiguredPercentiles() throws IOException {
        // what a run without benchmark/src/test/resources/gatling.conf reports: Gatling's 50/75/95/99
        String defaults = report().replace("90th pct", "75th pct");

        UnexpectedReportException e = assertThrows(UnexpectedReportException.class, () -> GatlingReport.parse(defaults));
        assertTrue(e.getMessage().contains("[90th pct]"), e.getMessage());
    }

    @Test
    void refusesAPageThatIsNotAReport() {
        assertThrows(UnexpectedReportException.class, () -> GatlingReport.parse("<html><body>nothing</body></html>"));
    }
}

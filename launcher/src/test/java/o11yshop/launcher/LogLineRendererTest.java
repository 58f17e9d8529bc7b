package o11yshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LogLineRendererTest {

    private final LogLineRenderer readable = new LogLineRenderer(false, ZoneOffset.UTC);

    @Test
    void rendersAJsonLineReadably() {
        String line = """
                {"timestamp":"2026-11-23T12:03:04.123Z","level":"INFO","service":"catalog","version":"0.1.0",\
                "logger":"org.springframework.boot.StartupInfoLogger","thread":"main",\
                "message":"Started CatalogApplication in 9.8 seconds","request_id":"req-7"}""";

        assertThat(readable.render(line)).containsExactly(
                "12:03:04.123 INFO  o.s.b.StartupInfoLogger  Started CatalogApplication in 9.8 seconds  [req-7]");
    }

    @Test
    void leavesOutAMissingRequestId() {
        String line = """
                {"timestamp":"2026-11-23T12:03:04.123Z","level":"WARN","logger":"o11yshop.catalog.Stock","message":"slow"}""";

        assertThat(readable.render(line)).containsExactly("12:03:04.123 WARN  o.c.Stock  slow");
    }

    @Test
    void showsTheExceptionOnTheLinesBelow() {
        String line = """
                {"timestamp":"2026-11-23T12:03:04.123Z","level":"ERROR","logger":"o11yshop.Api","message":"failed",\
                "request_id":"r1","exception":"java.lang.IllegalStateException: boom\\n\\tat o11yshop.Api.call(Api.java:12)\\n"}""";

        assertThat(readable.render(line)).containsExactly(
                "12:03:04.123 ERROR o.Api  failed  [r1]",
                "java.lang.IllegalStateException: boom",
                "    at o11yshop.Api.call(Api.java:12)");
    }

    @Test
    void passesNonJsonLinesThroughUnchanged() {
        String warning = "OpenJDK 64-Bit Server VM warning: Sharing is only supported for boot loader classes";

        assertThat(readable.render(warning)).containsExactly(warning);
        assertThat(readable.render("{not json at all")).containsExactly("{not json at all");
        assertThat(readable.render("{\"a\":1} trailing")).containsExactly("{\"a\":1} trailing");
        assertThat(readable.render("")).containsExactly("");
    }

    @Test
    void passesJsonWithoutAMessageThroughUnchanged() {
        String metrics = "{\"latency\":12,\"route\":\"/products\"}";

        assertThat(readable.render(metrics)).containsExactly(metrics);
    }

    @Test
    void rawModeKeepsTheJsonLine() {
        String line = "{\"timestamp\":\"2026-11-23T12:03:04.123Z\",\"level\":\"INFO\",\"message\":\"hi\"}";

        assertThat(new LogLineRenderer(true, ZoneOffset.UTC).render(line)).containsExactly(line);
    }

    @Test
    void abbreviatesPackagesButNotTheClass() {
        assertThat(LogLineRenderer.abbreviate("org.springframework.web.servlet.DispatcherServlet"))
                .isEqualTo("o.s.w.s.DispatcherServlet");
        assertThat(LogLineRenderer.abbreviate("Main")).isEqualTo("Main");
    }

    @Test
    void anEmfLineIsANoteInReadableModeAndItselfInRawMode() {
        String emf = "{\"_aws\":{\"Timestamp\":1,\"CloudWatchMetrics\":[]},\"service\":\"order\",\"shop.orders\":1}";

        assertThat(readable.render(emf)).containsExactly(LogLineRenderer.EMF_SUMMARY);
        assertThat(new LogLineRenderer(true, ZoneOffset.UTC).render(emf)).containsExactly(emf);
    }
}

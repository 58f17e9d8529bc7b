package o11yshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    @Test
    void defaultsToPort8080WithReadableLogsAndTheFrontEnd() throws Exception {
        assertThat(LauncherOptions.parse(new String[0], Map.of()))
                .isEqualTo(new LauncherOptions(8080, 9324, false, true, "xray", "all", false));
    }

    @Test
    void readsOptionsAndTheirEnvironmentVariables() throws Exception {
        assertThat(LauncherOptions.parse(new String[] {"--port", "9090", "--raw-logs", "--no-frontend"}, Map.of()))
                .isEqualTo(new LauncherOptions(9090, 9324, true, false, "xray", "all", false));
        assertThat(LauncherOptions.parse(new String[] {"--port=9191"}, Map.of("SHOP_PORT", "9000")).port())
                .isEqualTo(9191);
        assertThat(LauncherOptions.parse(new String[0], Map.of("SHOP_PORT", "9000", "SHOP_LOG_FORMAT", "json")))
                .isEqualTo(new LauncherOptions(9000, 9324, true, true, "xray", "all", false));
        assertThat(LauncherOptions.parse(new String[] {"-h"}, Map.of()).helpWanted()).isTrue();
        assertThat(LauncherOptions.parse(new String[] {"--observability", "off"}, Map.of()).observability()).isEqualTo("off");
        assertThat(LauncherOptions.parse(new String[0], Map.of("OBSERVABILITY_MODE", "OFF")).observability()).isEqualTo("off");
    }

    @Test
    void choosesTheOpenTelemetryApproachAndTheSampling() throws Exception {
        assertThat(LauncherOptions.parse(new String[] {"--observability=otel"}, Map.of()).observability()).isEqualTo("otel");
        assertThat(LauncherOptions.parse(new String[0], Map.of("OBSERVABILITY_MODE", "otel")).observability()).isEqualTo("otel");
        assertThat(LauncherOptions.parse(new String[] {"--sampling", "default"}, Map.of()).sampling()).isEqualTo("default");
        assertThat(LauncherOptions.parse(new String[] {"--sampling=ALL"}, Map.of("SHOP_SAMPLING", "default")).sampling())
                .isEqualTo("all");
        assertThat(LauncherOptions.parse(new String[0], Map.of("SHOP_SAMPLING", "default")).sampling()).isEqualTo("default");
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--port"}, Map.of()))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--port", "99999"}, Map.of()))
                .hasMessageContaining("99999");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[0], Map.of("SHOP_PORT", "http")))
                .hasMessageContaining("SHOP_PORT");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--verbose"}, Map.of()))
                .hasMessageContaining("--verbose");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--observability", "datadog"}, Map.of()))
                .hasMessageContaining("xray, otel, off");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--sampling", "half"}, Map.of()))
                .hasMessageContaining("all, default").hasMessageContaining("half");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--sampling"}, Map.of()))
                .hasMessageContaining("--sampling");
        assertThatThrownBy(() -> LauncherOptions.parse(new String[0], Map.of("SHOP_SAMPLING", "some")))
                .hasMessageContaining("SHOP_SAMPLING");
    }

    @Test
    void helpListsEveryExitCode() {
        String help = LauncherOptions.helpText();

        for (ExitCode exit : ExitCode.values()) {
            assertThat(help).contains(exit.code() + "     " + exit.meaning());
        }
        assertThat(help).contains("otel", "--sampling", "parentbased_always_on", "5 % of the rest",
                "/_launcher/telemetry/volume");
    }
}

package o11yshop.launcher.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import o11yshop.launcher.LauncherOptions;
import org.junit.jupiter.api.Test;

class ObservabilityEnvironmentTest {

    @Test
    void samplingAllTracesEveryRequestInEitherApproach() {
        Map<String, String> environment = ObservabilityEnvironment.of("otel", "all", Optional.of("127.0.0.1:2000"), 4318);

        assertThat(environment)
                .containsEntry("OBSERVABILITY_MODE", "otel")
                .containsEntry("SHOP_OBSERVABILITY_XRAY_SAMPLING_RULES",
                        "classpath:o11yshop/platform/observability/awsnative/tracing/sampling-rules-everything.json")
                .containsEntry("OTEL_TRACES_SAMPLER", "parentbased_always_on")
                .containsEntry("SHOP_OBSERVABILITY_METRICS_STEP", "10s")
                .containsEntry("OTEL_METRIC_EXPORT_INTERVAL", "10000")
                .containsEntry("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:2000")
                .containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")
                .containsEntry("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        assertThat(ObservabilityEnvironment.notPassedOn("all")).isEmpty();
    }

    @Test
    void samplingDefaultSetsNeitherSamplerAndKeepsTheShellsOnesAway() {
        Map<String, String> environment = ObservabilityEnvironment.of("xray", "default", Optional.of("127.0.0.1:2000"), 4318);

        assertThat(environment).doesNotContainKeys("SHOP_OBSERVABILITY_XRAY_SAMPLING_RULES", "OTEL_TRACES_SAMPLER")
                .containsEntry("OTEL_METRIC_EXPORT_INTERVAL", "10000");
        assertThat(ObservabilityEnvironment.notPassedOn("default"))
                .containsExactlyInAnyOrder("SHOP_OBSERVABILITY_XRAY_SAMPLING_RULES", "OTEL_TRACES_SAMPLER");
    }

    @Test
    void theModesDifferInTheModeAlone() {
        for (String sampling : LauncherOptions.SAMPLINGS) {
            Map<String, String> xray = withoutMode(ObservabilityEnvironment.of("xray", sampling, Optional.empty(), 4318));
            for (String mode : LauncherOptions.OBSERVABILITY_MODES) {
                assertThat(withoutMode(ObservabilityEnvironment.of(mode, sampling, Optional.empty(), 4318))).isEqualTo(xray);
            }
        }
    }

    @Test
    void withoutItsOwnDaemonTheLauncherLeavesTheSdkItsDefaultAddress() {
        assertThat(ObservabilityEnvironment.of("xray", "all", Optional.empty(), 4319))
                .doesNotContainKey("AWS_XRAY_DAEMON_ADDRESS")
                .containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4319");
    }

    private static Map<String, String> withoutMode(Map<String, String> environment) {
        Map<String, String> rest = new HashMap<>(environment);
        rest.remove("OBSERVABILITY_MODE");
        return rest;
    }
}

package o11yshop.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import o11yshop.platform.observability.off.OffObservability;
import o11yshop.platform.observability.testing.RecordingDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code OBSERVABILITY_MODE}: {@code off} by default and then truly off; a mode that does not exist stops the service. */
@ExtendWith(OutputCaptureExtension.class)
class ModeSelectionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void modeOffSendsNothingAndAddsNothing(CapturedOutput output) throws Exception {
        try (RecordingDaemon daemon = RecordingDaemon.start()) {
            TracedServices.pointXRayAt(daemon.address());
            try (ConfigurableApplicationContext service = TracedServices.start("untraced", "http://127.0.0.1:1/issuer",
                    "--test.stockroom-url=http://127.0.0.1:1")) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(TracedServices.baseUrl(service) + "/stock/5")).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("X-Amzn-Trace-Id")).isEmpty();
                assertThat(JSON.readTree(response.body()).path("available").asInt()).isEqualTo(45);
                Observability observability = service.getBean(Observability.class);
                assertThat(observability).isInstanceOf(OffObservability.class);
                assertThat(observability.startSpan("anything")).isSameAs(BusinessSpan.none());
                assertThat(observability.currentTraceId()).isEmpty();
                // no bean of either adapter or their SDKs, and the data source is the pool itself
                assertThat(Arrays.stream(service.getBeanDefinitionNames())
                        .map(name -> service.getBean(name).getClass().getName()))
                        .noneMatch(type -> type.startsWith("com.amazonaws.") || type.startsWith("io.opentelemetry.")
                                || type.contains(".observability.awsnative.tracing.") || type.contains(".observability.otel."));
                assertThat(service.getBean(DataSource.class).getClass().getName()).isEqualTo("com.zaxxer.hikari.HikariDataSource");
                JsonNode logLine = output.getOut().lines()
                        .filter(line -> line.startsWith("{") && line.contains("Counting stock of product 5"))
                        .map(JSON::readTree).findFirst().orElseThrow();
                assertThat(logLine.has("request_id")).isTrue();
                assertThat(logLine.has("trace_id")).isFalse();
                assertThat(logLine.has("span_id")).isFalse();
                Thread.sleep(300);
                assertThat(daemon.datagrams()).isEmpty();
            } finally {
                TracedServices.forgetXRayDaemon();
            }
        }
    }

    @Test
    void aModeThatDoesNotExistStopsTheServiceNamingTheValidOnes(CapturedOutput output) {
        assertThatThrownBy(() -> TracedServices.start("misconfigured", "http://127.0.0.1:1/issuer",
                "--shop.observability.mode=opentelemetry")).isInstanceOf(RuntimeException.class);

        assertThat(output.getOut() + output.getErr()).contains("shop.observability.mode").contains("opentelemetry")
                .contains("OFF").contains("XRAY").contains("OTEL");
    }

    @Test
    void theModeIsReadFromObservabilityModeUnlessTheServiceSetsItItself() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("launcher", Map.of("OBSERVABILITY_MODE", "xray")));
        new ObservabilityModeSelection().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("shop.observability.mode")).isEqualTo("xray");

        environment.getPropertySources().addFirst(new MapPropertySource("service", Map.of("shop.observability.mode", "off")));
        assertThat(environment.getProperty("shop.observability.mode")).isEqualTo("off");

        StandardEnvironment unset = new StandardEnvironment();
        new ObservabilityModeSelection().postProcessEnvironment(unset, new SpringApplication());
        assertThat(unset.getProperty("shop.observability.mode")).isEqualTo("off");
    }
}

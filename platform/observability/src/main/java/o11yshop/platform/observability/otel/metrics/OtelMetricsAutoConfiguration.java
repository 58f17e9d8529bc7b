package o11yshop.platform.observability.otel.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.micrometer.v1_5.OpenTelemetryMeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Mode {@code otel}, for metrics (O-METRIC-05's OpenTelemetry way): every metric leaves as OTLP with the
 * traces' resource. Three sources: the request metric {@code http.server.request.duration} comes from the
 * server span's instrumentation and the JVM's from {@code RuntimeTelemetry}, both under the semantic
 * conventions' names; the shop's own meters and the connection pool's, which live in Micrometer, cross
 * over through OpenTelemetry's Micrometer bridge — a registry Spring Boot adds to its composite next to
 * Prometheus', so {@code /actuator/prometheus} still serves everything. The sibling of
 * {@code awsnative.metrics.CloudWatchMetricsAutoConfiguration}; it runs before the composite is set up.
 */
@AutoConfiguration(after = MetricsAutoConfiguration.class,
        before = {CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class})
@ConditionalOnProperty(name = "shop.observability.mode", havingValue = "otel")
public class OtelMetricsAutoConfiguration {

    @Bean
    MeterRegistry openTelemetryMeterRegistry(OpenTelemetrySdk openTelemetry) {
        MeterRegistry bridge = OpenTelemetryMeterRegistry.builder(openTelemetry).build();
        bridge.config().meterFilter(new BridgedMeters());
        return bridge;
    }
}

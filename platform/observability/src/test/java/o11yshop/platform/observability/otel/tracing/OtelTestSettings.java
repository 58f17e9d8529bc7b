package o11yshop.platform.observability.otel.tracing;

import java.util.Map;
import o11yshop.platform.observability.testing.RecordingCollector;

/**
 * The SDK reads its settings from {@code OTEL_*} variables or {@code otel.*} system properties, as in
 * production; tests use the properties: every span sampled, exported within a tenth of a second, metrics
 * every half second, log records over OTLP too, all to the recording collector.
 */
final class OtelTestSettings {

    private static final Map<String, String> SETTINGS = Map.of(
            "otel.traces.sampler", "parentbased_always_on",
            "otel.bsp.schedule.delay", "100",
            "otel.metric.export.interval", "500",
            "otel.logs.exporter", "otlp",
            "otel.blrp.schedule.delay", "100");

    private OtelTestSettings() {
    }

    static void pointAt(RecordingCollector collector) {
        System.setProperty("otel.exporter.otlp.endpoint", collector.endpoint());
        SETTINGS.forEach(System::setProperty);
    }

    static void forget() {
        System.clearProperty("otel.exporter.otlp.endpoint");
        SETTINGS.keySet().forEach(System::clearProperty);
    }
}

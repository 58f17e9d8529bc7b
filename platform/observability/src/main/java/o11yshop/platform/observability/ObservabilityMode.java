package o11yshop.platform.observability;

/**
 * The approach a service runs with, {@code shop.observability.mode} (environment: {@code OBSERVABILITY_MODE}).
 * {@code off} is the baseline for overhead measurements; {@code otel} joins with the OpenTelemetry adapter.
 */
public enum ObservabilityMode {
    OFF,
    XRAY
}

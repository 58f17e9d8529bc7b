package o11yshop.platform.observability;

/**
 * The approach a service runs with, {@code shop.observability.mode} (environment: {@code OBSERVABILITY_MODE}).
 * {@code off} is the baseline for overhead measurements; {@code xray} the AWS-native approach (X-Ray SDK,
 * CloudWatch metrics as EMF); {@code otel} the OpenTelemetry approach (OpenTelemetry SDK, OTLP).
 */
public enum ObservabilityMode {
    OFF,
    XRAY,
    OTEL
}

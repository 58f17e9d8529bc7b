package o11yshop.platform.observability.otel.tracing;

/**
 * OpenTelemetry writes a trace ID as 32 hex digits; X-Ray as {@code 1-<8 hex>-<24 hex>}. The X-Ray ID
 * generator makes the first 8 digits the epoch second, so both are the same ID. Log lines and
 * {@code currentTraceId()} use X-Ray's spelling in this mode too: the Logs Insights query that finds
 * a trace's lines, and the X-Ray console's link from a trace to its logs, stay the same whichever
 * adapter wrote them.
 */
final class XRayTraceIds {

    private XRayTraceIds() {
    }

    static String fromOtel(String traceId) {
        return "1-" + traceId.substring(0, 8) + "-" + traceId.substring(8);
    }
}

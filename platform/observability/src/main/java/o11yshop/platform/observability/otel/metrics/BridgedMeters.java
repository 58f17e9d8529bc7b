package o11yshop.platform.observability.otel.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.List;

/**
 * Which Micrometer meters cross over to OpenTelemetry: the shop's business meters ({@code shop.*}) and
 * the connection pool's ({@code hikaricp.*}). Micrometer's request timer and JVM meters stay behind:
 * OpenTelemetry's instrumentation measures both under the semantic conventions' names, and sending
 * both would bill every request and every heap reading twice.
 */
final class BridgedMeters implements MeterFilter {

    private static final List<String> PREFIXES = List.of("shop.", "hikaricp.");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return PREFIXES.stream().anyMatch(id.getName()::startsWith) ? MeterFilterReply.NEUTRAL : MeterFilterReply.DENY;
    }
}

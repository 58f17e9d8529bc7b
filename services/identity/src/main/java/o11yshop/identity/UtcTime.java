package o11yshop.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the database columns hold them: UTC without a zone (both engines' plain timestamp types),
 * to the microsecond, so that a value answered right after a write equals the one read back later.
 */
public final class UtcTime {

    private UtcTime() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDateTime toColumn(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant fromColumn(LocalDateTime column) {
        return column.toInstant(ZoneOffset.UTC);
    }

    public static OffsetDateTime toApi(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

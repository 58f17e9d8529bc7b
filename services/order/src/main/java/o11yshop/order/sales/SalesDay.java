package o11yshop.order.sales;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A calendar day where the shop trades. Orders are stored with UTC times; a Tokyo shop's "today" begins
 * at 15:00 UTC of the day before, so the day is turned into the UTC instants it spans.
 */
record SalesDay(LocalDate date, ZoneId zone) {

    static SalesDay today(ZoneId zone, Instant now) {
        return new SalesDay(LocalDate.ofInstant(now, zone), zone);
    }

    /** The first instant of the day, included. */
    Instant start() {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The first instant of the next day, excluded; not always 24 hours later where clocks change. */
    Instant end() {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
}

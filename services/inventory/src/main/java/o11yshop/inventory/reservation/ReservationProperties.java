package o11yshop.inventory.reservation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeToLive how long a reservation holds its stock unless committed or released first
 * @param sweepInterval how often the service looks for reservations past their time; a reservation may
 *        therefore hold its stock up to this much longer than {@code timeToLive}
 */
@ConfigurationProperties("shop.inventory.reservations")
record ReservationProperties(@DefaultValue("15m") Duration timeToLive, @DefaultValue("30s") Duration sweepInterval) {
}

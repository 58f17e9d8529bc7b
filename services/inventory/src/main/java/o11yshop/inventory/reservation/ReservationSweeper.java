package o11yshop.inventory.reservation;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Releases, every {@code sweep-interval}, the reservations neither committed nor released in time. */
@Component
class ReservationSweeper implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ReservationSweeper.class);

    private final ReservationService reservations;
    private final ReservationProperties properties;
    private final Clock clock;

    ReservationSweeper(ReservationService reservations, ReservationProperties properties, Clock clock) {
        this.reservations = reservations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::sweep, properties.sweepInterval());
    }

    void sweep() {
        int expired = reservations.expireOverdue(clock.instant());
        if (expired > 0) {
            log.info("Released {} reservations that were not committed in time", expired);
        }
    }
}

package o11yshop.inventory.reservation;

import o11yshop.inventory.audit.Actor;

/**
 * Who changes a reservation. The {@code owner} is the service that made it — only the order service
 * holds the scope — and the only caller besides the system that may release or commit it, with its
 * Idempotency-Keys its own. The {@code actor} is whom the audit trail names: the shopper the service acts
 * for when it forwarded their token, otherwise the service itself.
 */
public record ReservationCaller(Actor owner, Actor actor) {

    /** The service's own work: the expiry sweep, the order events. */
    public static final ReservationCaller SYSTEM = new ReservationCaller(Actor.SYSTEM, Actor.SYSTEM);
}

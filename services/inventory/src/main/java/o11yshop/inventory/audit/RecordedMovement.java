package o11yshop.inventory.audit;

import java.time.Instant;

/** A movement as the journal holds it: with its place in the journal and its time. */
public record RecordedMovement(long movementId, Instant occurredAt, Movement movement) {
}

package o11yshop.inventory.audit;

import java.util.UUID;
import o11yshop.inventory.api.model.AdjustmentReason;
import o11yshop.inventory.api.model.MovementKind;
import o11yshop.inventory.stock.StockCounts;
import org.jspecify.annotations.Nullable;

/**
 * One change of one product's stock as the audit trail keeps it: what kind of change, who made it, the
 * counts before and after, and for adjustments the reason, for reservation changes the reservation.
 */
public record Movement(long productId, MovementKind kind, Actor actor, StockCounts before, StockCounts after,
        @Nullable AdjustmentReason reason, @Nullable String note, @Nullable UUID reservationId) {

    public static Movement of(long productId, MovementKind kind, Actor actor, StockCounts before, StockCounts after) {
        return new Movement(productId, kind, actor, before, after, null, null, null);
    }

    public Movement withReason(@Nullable AdjustmentReason reason) {
        return new Movement(productId, kind, actor, before, after, reason, note, reservationId);
    }

    public Movement withNote(@Nullable String note) {
        return new Movement(productId, kind, actor, before, after, reason, note, reservationId);
    }

    public Movement forReservation(UUID reservationId) {
        return new Movement(productId, kind, actor, before, after, reason, note, reservationId);
    }

    /** The change of the available units. */
    public int delta() {
        return after.available() - before.available();
    }
}

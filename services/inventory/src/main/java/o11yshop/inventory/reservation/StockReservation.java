package o11yshop.inventory.reservation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import o11yshop.inventory.api.model.ReservationStatus;
import o11yshop.inventory.audit.Actor;

/**
 * Stock held for one checkout. Its lines are kept in product order, the order in which every change
 * locks the products' stock rows, so that two transactions never wait for each other's rows in a circle.
 */
public record StockReservation(UUID id, String orderReference, ReservationStatus status, Actor createdBy,
        Instant createdAt, Instant expiresAt, List<Line> lines) {

    public record Line(long productId, int quantity) {
    }

    public StockReservation {
        lines = lines.stream().sorted(Comparator.comparingLong(Line::productId)).toList();
    }

    StockReservation withStatus(ReservationStatus newStatus) {
        return new StockReservation(id, orderReference, newStatus, createdBy, createdAt, expiresAt, lines);
    }
}

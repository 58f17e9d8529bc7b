package o11yshop.inventory.reservation;

import java.util.Map;
import o11yshop.inventory.problem.InventoryProblem;
import o11yshop.inventory.problem.InventoryProblemType;

/** A commit of a reservation already given back, or a release of one already sold. */
class ReservationClosedException extends InventoryProblem {

    private final StockReservation reservation;

    ReservationClosedException(StockReservation reservation, String refusedAction) {
        super("Reservation " + reservation.id() + " is " + reservation.status() + " and cannot be " + refusedAction);
        this.reservation = reservation;
    }

    @Override
    public InventoryProblemType type() {
        return InventoryProblemType.RESERVATION_CLOSED;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("reservationStatus", reservation.status().toString());
    }
}

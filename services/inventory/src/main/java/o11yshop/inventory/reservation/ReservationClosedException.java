package o11yshop.inventory.reservation;

import java.util.Map;
import o11yshop.inventory.problem.InventoryProblemType;
import o11yshop.platform.web.problem.ServiceProblem;

/** A commit of a reservation already given back, or a release of one already sold. */
class ReservationClosedException extends ServiceProblem {

    private final StockReservation reservation;

    ReservationClosedException(StockReservation reservation, String refusedAction) {
        super(InventoryProblemType.RESERVATION_CLOSED, "Reservation " + reservation.id() + " is " + reservation.status() + " and cannot be " + refusedAction);
        this.reservation = reservation;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("reservationStatus", reservation.status().toString());
    }
}

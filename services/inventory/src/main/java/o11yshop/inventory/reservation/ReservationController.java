package o11yshop.inventory.reservation;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import o11yshop.inventory.api.ReservationsApi;
import o11yshop.inventory.audit.Actor;
import o11yshop.inventory.api.model.Reservation;
import o11yshop.inventory.api.model.ReservationLine;
import o11yshop.inventory.api.model.ReservationRequest;
import o11yshop.inventory.web.Callers;
import o11yshop.inventory.web.CanonicalUuidEditor;
import o11yshop.platform.web.problem.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reservations API of api/inventory.yaml, for the order service only (its client-credentials token
 * with the scope {@code inventory/reservations}). Bounds — at most 50 lines of at most 99 units, the
 * cart's own limits — are checked by the generated interface.
 */
@RestController
class ReservationController implements ReservationsApi {

    private static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final ReservationService reservations;
    private final Callers callers;

    ReservationController(ReservationService reservations, Callers callers) {
        this.reservations = reservations;
        this.callers = callers;
    }

    @InitBinder
    void canonicalUuids(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new CanonicalUuidEditor());
    }

    @Override
    public ResponseEntity<Reservation> reserveStock(ReservationRequest request, @Nullable String idempotencyKey) {
        ReservationService.Reserved reserved = reservations.reserve(request.getOrderReference(), linesOf(request),
                caller(), idempotencyKey);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CREATED);
        if (reserved.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.body(toApi(reserved.reservation()));
    }

    @Override
    public ResponseEntity<Reservation> releaseReservation(UUID reservationId) {
        return ResponseEntity.ok(toApi(reservations.release(reservationId, caller())));
    }

    @Override
    public ResponseEntity<Reservation> commitReservation(UUID reservationId) {
        return ResponseEntity.ok(toApi(reservations.commit(reservationId, caller())));
    }

    /** The order service owns the reservation; the audit trail names the shopper it acts for, when it said. */
    private ReservationCaller caller() {
        Actor service = callers.service();
        return new ReservationCaller(service, callers.shopper().orElse(service));
    }

    // Bean validation passes a null list element (there is nothing to validate in it), so it is refused here.
    private static List<StockReservation.Line> linesOf(ReservationRequest request) {
        List<StockReservation.Line> lines = new ArrayList<>();
        for (int i = 0; i < request.getLines().size(); i++) {
            ReservationLine line = request.getLines().get(i);
            if (line == null) {
                throw new InvalidParameterException("lines[" + i + "]", "must not be null");
            }
            lines.add(new StockReservation.Line(line.getProductId(), line.getQuantity()));
        }
        return lines;
    }

    private static Reservation toApi(StockReservation reservation) {
        return new Reservation(reservation.id(), reservation.orderReference(), reservation.status(),
                reservation.createdAt().atOffset(ZoneOffset.UTC), reservation.expiresAt().atOffset(ZoneOffset.UTC),
                reservation.lines().stream().map(line -> new ReservationLine(line.productId(), line.quantity())).toList());
    }
}

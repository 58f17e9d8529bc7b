package o11yshop.inventory.reservation;

import static o11yshop.inventory.db.Tables.RESERVATION;
import static o11yshop.inventory.db.Tables.RESERVATION_LINE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import o11yshop.inventory.api.model.ReservationStatus;
import o11yshop.inventory.audit.Actor;
import o11yshop.inventory.db.tables.records.ReservationRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ReservationRepository {

    /** A reservation found by its Idempotency-Key, with the fingerprint of the request that made it. */
    record KeyedReservation(StockReservation reservation, String requestFingerprint) {
    }

    private final DSLContext dsl;

    ReservationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Fails with a duplicate key when the caller already used the Idempotency-Key: the unique constraint,
     * not a check beforehand, is what keeps two concurrent requests with one key from both reserving.
     */
    void insert(StockReservation reservation, @Nullable String idempotencyKey, String requestFingerprint) {
        dsl.insertInto(RESERVATION)
                .set(RESERVATION.ID, reservation.id())
                .set(RESERVATION.ORDER_REFERENCE, reservation.orderReference())
                .set(RESERVATION.STATUS, reservation.status().toString())
                .set(RESERVATION.CREATED_BY, reservation.createdBy().id())
                .set(RESERVATION.IDEMPOTENCY_KEY, idempotencyKey)
                .set(RESERVATION.REQUEST_FINGERPRINT, requestFingerprint)
                .set(RESERVATION.CREATED_AT, reservation.createdAt())
                .set(RESERVATION.EXPIRES_AT, reservation.expiresAt())
                .execute();
        var insert = dsl.insertInto(RESERVATION_LINE, RESERVATION_LINE.RESERVATION_ID, RESERVATION_LINE.PRODUCT_ID,
                RESERVATION_LINE.QUANTITY);
        reservation.lines().forEach(line -> insert.values(reservation.id(), line.productId(), line.quantity()));
        insert.execute();
    }

    /** The reservation with its row locked until the transaction ends, so one change at a time decides its fate. */
    Optional<StockReservation> lock(UUID id) {
        return dsl.selectFrom(RESERVATION)
                .where(RESERVATION.ID.eq(id))
                .forUpdate()
                .fetchOptional(this::withLines);
    }

    Optional<KeyedReservation> findByIdempotencyKey(Actor createdBy, String idempotencyKey) {
        return dsl.selectFrom(RESERVATION)
                .where(RESERVATION.CREATED_BY.eq(createdBy.id()).and(RESERVATION.IDEMPOTENCY_KEY.eq(idempotencyKey)))
                .fetchOptional(row -> new KeyedReservation(withLines(row), row.getRequestFingerprint()));
    }

    void close(UUID id, ReservationStatus status, Instant at) {
        dsl.update(RESERVATION)
                .set(RESERVATION.STATUS, status.toString())
                .set(RESERVATION.CLOSED_AT, at)
                .where(RESERVATION.ID.eq(id))
                .execute();
    }

    /** Held reservations whose time ran out before {@code now}, oldest first. */
    List<UUID> findOverdue(Instant now, int limit) {
        return dsl.select(RESERVATION.ID)
                .from(RESERVATION)
                .where(RESERVATION.STATUS.eq(ReservationStatus.HELD.toString()).and(RESERVATION.EXPIRES_AT.lt(now)))
                .orderBy(RESERVATION.EXPIRES_AT)
                .limit(limit)
                .fetch(RESERVATION.ID);
    }

    private StockReservation withLines(ReservationRecord row) {
        List<StockReservation.Line> lines = dsl.select(RESERVATION_LINE.PRODUCT_ID, RESERVATION_LINE.QUANTITY)
                .from(RESERVATION_LINE)
                .where(RESERVATION_LINE.RESERVATION_ID.eq(row.getId()))
                .fetch(line -> new StockReservation.Line(line.value1(), line.value2()));
        return new StockReservation(row.getId(), row.getOrderReference(), ReservationStatus.fromValue(row.getStatus()),
                new Actor(row.getCreatedBy()), row.getCreatedAt(), row.getExpiresAt(), lines);
    }
}

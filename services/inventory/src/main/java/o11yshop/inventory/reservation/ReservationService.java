package o11yshop.inventory.reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import o11yshop.inventory.api.model.MovementKind;
import o11yshop.inventory.api.model.ReservationStatus;
import o11yshop.inventory.audit.Actor;
import o11yshop.inventory.audit.Movement;
import o11yshop.inventory.audit.MovementRepository;
import o11yshop.inventory.stock.StockCounts;
import o11yshop.inventory.stock.StockRepository;
import o11yshop.platform.web.problem.InvalidParameterException;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reservations: stock held for a checkout, then committed (order placed), released (payment failed), or
 * expired (neither in time). Every state change and its stock movements are one transaction. A calling
 * service acts only on its own reservations; the service itself ({@link ReservationCaller#SYSTEM}: the
 * expiry sweep, the order events) acts on any. The audit trail names the shopper a call was made for.
 */
@Service
public class ReservationService {

    private static final Logger log = LoggerFactory.getLogger(ReservationService.class);
    private static final int SWEEP_BATCH = 100;

    private final ReservationRepository repository;
    private final StockRepository ledger;
    private final MovementRepository journal;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReservationProperties properties;

    ReservationService(ReservationRepository repository, StockRepository ledger, MovementRepository journal,
            TransactionTemplate transactions, Clock clock, ReservationProperties properties) {
        this.repository = repository;
        this.ledger = ledger;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** A reservation, and whether it was made by an earlier request with the same Idempotency-Key. */
    public record Reserved(StockReservation reservation, boolean replayed) {
    }

    /** Holds every line's units or none; with an Idempotency-Key, a repeated request answers the first reservation. */
    public Reserved reserve(String orderReference, List<StockReservation.Line> lines, ReservationCaller caller,
            @Nullable String idempotencyKey) {
        requireOneLinePerProduct(lines);
        String fingerprint = ReservationRequestFingerprint.of(orderReference, lines);
        if (idempotencyKey != null) {
            Optional<Reserved> earlier = earlierReservation(caller.owner(), idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return new Reserved(transactions.execute(tx -> hold(orderReference, lines, caller, idempotencyKey, fingerprint)),
                    false);
        } catch (DuplicateKeyException e) {
            if (idempotencyKey == null) {
                throw e;
            }
            // a concurrent request with the same key committed first; this one rolled back and answers that one
            return earlierReservation(caller.owner(), idempotencyKey, fingerprint).orElseThrow(() -> e);
        }
    }

    /** Gives the held units back. Releasing again changes nothing; a committed reservation cannot be released. */
    public StockReservation release(UUID reservationId, ReservationCaller caller) {
        return transactions.execute(tx -> {
            StockReservation reservation = lockOwnReservation(reservationId, caller.owner());
            return switch (reservation.status()) {
                case HELD -> giveBack(reservation, ReservationStatus.RELEASED, caller.actor());
                case RELEASED, EXPIRED -> reservation;
                case COMMITTED -> throw new ReservationClosedException(reservation, "released");
            };
        });
    }

    /** Takes the held units out of stock: they are sold. Committing again changes nothing. */
    public StockReservation commit(UUID reservationId, ReservationCaller caller) {
        return transactions.execute(tx -> {
            StockReservation reservation = lockOwnReservation(reservationId, caller.owner());
            return switch (reservation.status()) {
                case HELD -> sell(reservation, caller.actor());
                case COMMITTED -> reservation;
                case RELEASED, EXPIRED -> throw new ReservationClosedException(reservation, "committed");
            };
        });
    }

    /**
     * Releases every reservation still held whose time ran out before {@code cutoff}; answers how many.
     * Each in its own transaction that re-checks the status under the reservation's lock, so a commit
     * arriving at the same moment, or a second instance of the service sweeping too, wins or loses cleanly.
     */
    public int expireOverdue(Instant cutoff) {
        int expired = 0;
        List<UUID> overdue;
        do {
            overdue = repository.findOverdue(cutoff, SWEEP_BATCH);
            for (UUID id : overdue) {
                if (Boolean.TRUE.equals(transactions.execute(tx -> expire(id)))) {
                    expired++;
                }
            }
        } while (overdue.size() == SWEEP_BATCH);
        return expired;
    }

    private boolean expire(UUID reservationId) {
        Optional<StockReservation> reservation = repository.lock(reservationId);
        if (reservation.isEmpty() || reservation.get().status() != ReservationStatus.HELD) {
            return false;
        }
        giveBack(reservation.get(), ReservationStatus.EXPIRED, Actor.SYSTEM);
        return true;
    }

    private StockReservation hold(String orderReference, List<StockReservation.Line> lines, ReservationCaller caller,
            @Nullable String idempotencyKey, String fingerprint) {
        Instant now = clock.instant();
        StockReservation reservation = new StockReservation(UUID.randomUUID(), orderReference, ReservationStatus.HELD,
                caller.owner(), now, now.plus(properties.timeToLive()), lines);
        repository.insert(reservation, idempotencyKey, fingerprint);
        List<InsufficientStockException.Shortage> shortages = new ArrayList<>();
        for (StockReservation.Line line : reservation.lines()) {
            Optional<StockCounts> after = ledger.reserve(line.productId(), line.quantity(), now);
            if (after.isPresent()) {
                StockCounts before = new StockCounts(after.get().available() + line.quantity(),
                        after.get().reserved() - line.quantity(), after.get().lowStockThreshold());
                journal.record(Movement.of(line.productId(), MovementKind.RESERVED, caller.actor(), before, after.get())
                        .forReservation(reservation.id()), now);
            } else {
                // keep going: the refusal names every product that is short, not just the first
                shortages.add(new InsufficientStockException.Shortage(line.productId(), line.quantity(),
                        ledger.current(line.productId()).available()));
            }
        }
        if (!shortages.isEmpty()) {
            throw new InsufficientStockException(shortages);
        }
        log.info("Reserved stock for {}: reservation {}, {} lines, until {}, by {} for {}", orderReference,
                reservation.id(), lines.size(), reservation.expiresAt(), caller.owner().id(), caller.actor().id());
        return reservation;
    }

    private StockReservation giveBack(StockReservation reservation, ReservationStatus outcome, Actor actor) {
        Instant now = clock.instant();
        MovementKind kind = outcome == ReservationStatus.EXPIRED ? MovementKind.EXPIRED : MovementKind.RELEASED;
        for (StockReservation.Line line : reservation.lines()) {
            StockCounts after = ledger.unreserve(line.productId(), line.quantity(), now);
            StockCounts before = new StockCounts(after.available() - line.quantity(), after.reserved() + line.quantity(),
                    after.lowStockThreshold());
            journal.record(Movement.of(line.productId(), kind, actor, before, after).forReservation(reservation.id()), now);
        }
        repository.close(reservation.id(), outcome, now);
        log.info("Reservation {} {} by {}", reservation.id(), outcome, actor.id());
        return reservation.withStatus(outcome);
    }

    private StockReservation sell(StockReservation reservation, Actor actor) {
        Instant now = clock.instant();
        for (StockReservation.Line line : reservation.lines()) {
            StockCounts after = ledger.removeReserved(line.productId(), line.quantity(), now);
            StockCounts before = new StockCounts(after.available(), after.reserved() + line.quantity(),
                    after.lowStockThreshold());
            journal.record(Movement.of(line.productId(), MovementKind.COMMITTED, actor, before, after)
                    .forReservation(reservation.id()), now);
        }
        repository.close(reservation.id(), ReservationStatus.COMMITTED, now);
        log.info("Reservation {} committed by {}", reservation.id(), actor.id());
        return reservation.withStatus(ReservationStatus.COMMITTED);
    }

    /** Another caller's reservation answers as if it did not exist, so its IDs cannot be probed. */
    private StockReservation lockOwnReservation(UUID reservationId, Actor owner) {
        return repository.lock(reservationId)
                .filter(reservation -> owner.equals(Actor.SYSTEM) || owner.equals(reservation.createdBy()))
                .orElseThrow(() -> new ResourceNotFoundException("Reservation", reservationId));
    }

    private Optional<Reserved> earlierReservation(Actor owner, String idempotencyKey, String fingerprint) {
        return repository.findByIdempotencyKey(owner, idempotencyKey).map(earlier -> {
            if (!earlier.requestFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(idempotencyKey);
            }
            return new Reserved(earlier.reservation(), true);
        });
    }

    private static void requireOneLinePerProduct(List<StockReservation.Line> lines) {
        Set<Long> products = new HashSet<>();
        for (StockReservation.Line line : lines) {
            if (!products.add(line.productId())) {
                throw new InvalidParameterException("lines",
                        "product " + line.productId() + " appears in more than one line; give each product one line");
            }
        }
    }
}

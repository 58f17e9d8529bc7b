package o11yshop.order.checkout;

import static o11yshop.order.db.Tables.CHECKOUT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import o11yshop.order.shopper.ShopperId;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys claimed by checkout attempts. The unique key (shopper, Idempotency-Key) lets exactly
 * one attempt own a key; the claim points at the order once the attempt placed one.
 */
@Repository
class CheckoutClaimRepository {

    record Claim(UUID id, String fingerprint, @Nullable UUID orderId) {
    }

    private final DSLContext dsl;

    CheckoutClaimRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Forgets the shopper's attempts that never finished: started before {@code startedBefore} and placed
     * nothing, because the service stopped half-way. Their keys are free again.
     */
    void forgetUnfinished(ShopperId shopper, Instant startedBefore) {
        // found first with a plain read, then deleted by primary key: a DELETE by a range that matches
        // nothing would take InnoDB gap locks that deadlock with other shoppers' claims
        List<UUID> unfinished = dsl.select(CHECKOUT.ID).from(CHECKOUT)
                .where(CHECKOUT.USER_ID.eq(shopper.value())
                        .and(CHECKOUT.ORDER_ID.isNull())
                        .and(CHECKOUT.CREATED_AT.lt(startedBefore)))
                .fetch(CHECKOUT.ID);
        if (!unfinished.isEmpty()) {
            dsl.deleteFrom(CHECKOUT).where(CHECKOUT.ID.in(unfinished).and(CHECKOUT.ORDER_ID.isNull())).execute();
        }
    }

    /** Whether an attempt of the shopper with another key is still running. */
    boolean runningWithAnotherKey(ShopperId shopper, String idempotencyKey) {
        return dsl.fetchExists(CHECKOUT, CHECKOUT.USER_ID.eq(shopper.value())
                .and(CHECKOUT.ORDER_ID.isNull())
                .and(CHECKOUT.IDEMPOTENCY_KEY.ne(idempotencyKey)));
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the shopper's key is claimed already. */
    void claim(UUID id, ShopperId shopper, String idempotencyKey, String fingerprint, Instant now) {
        dsl.insertInto(CHECKOUT)
                .set(CHECKOUT.ID, id)
                .set(CHECKOUT.USER_ID, shopper.value())
                .set(CHECKOUT.IDEMPOTENCY_KEY, idempotencyKey)
                .set(CHECKOUT.REQUEST_FINGERPRINT, fingerprint)
                .set(CHECKOUT.CREATED_AT, now)
                .execute();
    }

    Optional<Claim> find(ShopperId shopper, String idempotencyKey) {
        return dsl.selectFrom(CHECKOUT)
                .where(CHECKOUT.USER_ID.eq(shopper.value()).and(CHECKOUT.IDEMPOTENCY_KEY.eq(idempotencyKey)))
                .fetchOptional(row -> new Claim(row.getId(), row.getRequestFingerprint(), row.getOrderId()));
    }

    void complete(UUID id, UUID orderId) {
        dsl.update(CHECKOUT).set(CHECKOUT.ORDER_ID, orderId).where(CHECKOUT.ID.eq(id)).execute();
    }

    /** Frees the key of an attempt that placed nothing, so the shopper may try again with it. */
    void abandon(UUID id) {
        dsl.deleteFrom(CHECKOUT).where(CHECKOUT.ID.eq(id).and(CHECKOUT.ORDER_ID.isNull())).execute();
    }
}

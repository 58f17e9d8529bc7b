package o11yshop.order.checkout;

import static o11yshop.order.db.Tables.CHECKOUT;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import o11yshop.order.web.ShopperId;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys claimed by checkout attempts. The unique key (shopper, Idempotency-Key) lets exactly
 * one attempt own a key; the claim points at the order once the attempt placed one.
 */
@Repository
class CheckoutClaims {

    record Claim(UUID id, String fingerprint, @Nullable UUID orderId) {
    }

    private final DSLContext dsl;

    CheckoutClaims(DSLContext dsl) {
        this.dsl = dsl;
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

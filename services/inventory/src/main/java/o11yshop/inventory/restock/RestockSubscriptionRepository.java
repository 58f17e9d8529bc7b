package o11yshop.inventory.restock;

import static o11yshop.inventory.db.Tables.RESTOCK_SUBSCRIPTION;

import java.time.Instant;
import java.util.Optional;
import o11yshop.inventory.audit.Actor;
import o11yshop.inventory.db.tables.records.RestockSubscriptionRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class RestockSubscriptionRepository {

    private final DSLContext dsl;

    RestockSubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<RestockSignUp> find(long productId, String email) {
        return dsl.selectFrom(RESTOCK_SUBSCRIPTION)
                .where(RESTOCK_SUBSCRIPTION.PRODUCT_ID.eq(productId).and(RESTOCK_SUBSCRIPTION.EMAIL.eq(email)))
                .fetchOptional(RestockSubscriptionRepository::toSignUp);
    }

    /** Fails with a duplicate key if the email signed up for the product meanwhile. */
    RestockSignUp insert(long productId, String email, Actor subscriber, Instant now) {
        dsl.insertInto(RESTOCK_SUBSCRIPTION)
                .set(RESTOCK_SUBSCRIPTION.PRODUCT_ID, productId)
                .set(RESTOCK_SUBSCRIPTION.EMAIL, email)
                .set(RESTOCK_SUBSCRIPTION.USER_ID, subscriber.id())
                .set(RESTOCK_SUBSCRIPTION.CREATED_AT, now)
                .execute();
        return new RestockSignUp(productId, email, now);
    }

    private static RestockSignUp toSignUp(RestockSubscriptionRecord row) {
        return new RestockSignUp(row.getProductId(), row.getEmail(), row.getCreatedAt());
    }
}

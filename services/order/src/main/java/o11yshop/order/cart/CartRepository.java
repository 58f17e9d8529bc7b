package o11yshop.order.cart;

import static o11yshop.order.db.Tables.CART;
import static o11yshop.order.db.Tables.CART_LINE;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import o11yshop.order.db.tables.records.CartLineRecord;
import o11yshop.order.shopper.ShopperId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** CartService in the database. The changing methods expect a transaction in which {@link #lock} was called. */
@Repository
class CartRepository {

    private final DSLContext dsl;

    CartRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ShoppingCart find(ShopperId shopper) {
        Instant updatedAt = dsl.select(CART.UPDATED_AT).from(CART).where(CART.USER_ID.eq(shopper.value()))
                .fetchOptional(CART.UPDATED_AT).orElse(null);
        return new ShoppingCart(dsl.selectFrom(CART_LINE)
                .where(CART_LINE.USER_ID.eq(shopper.value()))
                .orderBy(CART_LINE.ADDED_AT, CART_LINE.PRODUCT_ID)
                .fetch(CartRepository::toLine), updatedAt);
    }

    /**
     * Creates the shopper's cart if it does not exist and locks it until the transaction ends, so that
     * concurrent changes of one cart happen one after the other (the 50-line limit holds).
     */
    void lock(ShopperId shopper, Instant now) {
        dsl.insertInto(CART).set(CART.USER_ID, shopper.value()).set(CART.UPDATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute();
        dsl.selectFrom(CART).where(CART.USER_ID.eq(shopper.value())).forUpdate().fetchOne();
    }

    void touch(ShopperId shopper, Instant now) {
        dsl.update(CART).set(CART.UPDATED_AT, now).where(CART.USER_ID.eq(shopper.value())).execute();
    }

    Optional<CartLine> line(ShopperId shopper, long productId) {
        return dsl.selectFrom(CART_LINE)
                .where(CART_LINE.USER_ID.eq(shopper.value()).and(CART_LINE.PRODUCT_ID.eq(productId)))
                .fetchOptional(CartRepository::toLine);
    }

    int lineCount(ShopperId shopper) {
        return dsl.fetchCount(CART_LINE, CART_LINE.USER_ID.eq(shopper.value()));
    }

    void insert(ShopperId shopper, CartLine line) {
        dsl.insertInto(CART_LINE)
                .set(CART_LINE.USER_ID, shopper.value())
                .set(CART_LINE.PRODUCT_ID, line.productId())
                .set(CART_LINE.PRODUCT_NAME, line.productName())
                .set(CART_LINE.UNIT_PRICE_JPY, line.unitPriceJpy())
                .set(CART_LINE.QUANTITY, line.quantity())
                .set(CART_LINE.ADDED_AT, line.addedAt())
                .execute();
    }

    /** Sets a line's quantity and its snapshot of the product's name and price. */
    void update(ShopperId shopper, long productId, String productName, long unitPriceJpy, int quantity) {
        dsl.update(CART_LINE)
                .set(CART_LINE.PRODUCT_NAME, productName)
                .set(CART_LINE.UNIT_PRICE_JPY, unitPriceJpy)
                .set(CART_LINE.QUANTITY, quantity)
                .where(CART_LINE.USER_ID.eq(shopper.value()).and(CART_LINE.PRODUCT_ID.eq(productId)))
                .execute();
    }

    int delete(ShopperId shopper, Collection<Long> productIds) {
        return dsl.deleteFrom(CART_LINE)
                .where(CART_LINE.USER_ID.eq(shopper.value()).and(CART_LINE.PRODUCT_ID.in(productIds)))
                .execute();
    }

    private static CartLine toLine(CartLineRecord line) {
        return new CartLine(line.getProductId(), line.getProductName(), line.getUnitPriceJpy(), line.getQuantity(),
                line.getAddedAt());
    }
}

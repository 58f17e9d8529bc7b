package o11yshop.order.cart;

import java.time.Instant;

/** One product in a cart, with the name and unit price the catalog had when it was put there. */
public record CartLine(long productId, String productName, long unitPriceJpy, int quantity, Instant addedAt) {

    public long lineTotalJpy() {
        return unitPriceJpy * quantity;
    }
}

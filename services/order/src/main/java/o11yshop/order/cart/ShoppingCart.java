package o11yshop.order.cart;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A shopper's cart: its lines, oldest first, and when it last changed ({@code null} for a shopper who
 * never used one).
 */
public record ShoppingCart(List<CartLine> lines, @Nullable Instant updatedAt) {

    /** The most distinct products one cart holds. */
    public static final int MAX_LINES = 50;
    /** The most units of one product one cart line holds. */
    public static final int MAX_QUANTITY = 99;

    public ShoppingCart {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public int itemCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }

    public long totalJpy() {
        return lines.stream().mapToLong(CartLine::lineTotalJpy).sum();
    }
}

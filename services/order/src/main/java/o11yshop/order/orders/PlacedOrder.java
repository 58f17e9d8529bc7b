package o11yshop.order.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import o11yshop.order.shopper.ShopperId;

/**
 * An order as placed: what was bought at which prices, where it goes, how it was paid, and the
 * inventory reservation that holds its stock.
 */
public record PlacedOrder(UUID id, String orderNumber, ShopperId shopper, Instant placedAt, UUID reservationId,
        List<OrderedLine> lines, DeliveryAddress deliveryAddress, CardPayment payment) {

    /** The only status the service knows so far; shipping and cancelling come later. */
    public static final String PLACED = "placed";

    /** @param providerReference the payment provider's ID of the charge */
    public record CardPayment(String cardLast4, String providerReference) {

        public static final String METHOD = "card";
    }

    public PlacedOrder {
        lines = List.copyOf(lines);
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderedLine::quantity).sum();
    }

    public long totalJpy() {
        return lines.stream().mapToLong(OrderedLine::lineTotalJpy).sum();
    }
}

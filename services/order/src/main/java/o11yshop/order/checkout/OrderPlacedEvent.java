package o11yshop.order.checkout;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import o11yshop.order.orders.PlacedOrder;
import o11yshop.order.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/** The {@code OrderPlaced} event of an order, shaped as api/events/order-placed.schema.json says. */
record OrderPlacedEvent(UUID eventId, String type, String occurredAt, UUID orderId, String orderNumber, String userId,
        UUID reservationId, List<Line> lines, long totalJpy) {

    static final String TYPE = "OrderPlaced";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Line(long productId, int quantity, long unitPriceJpy) {
    }

    static OutboxMessage of(PlacedOrder order) {
        OrderPlacedEvent event = new OrderPlacedEvent(UUID.randomUUID(), TYPE,
                DateTimeFormatter.ISO_INSTANT.format(order.placedAt()), order.id(), order.orderNumber(),
                order.shopper().value(), order.reservationId(),
                order.lines().stream().map(line -> new Line(line.productId(), line.quantity(), line.unitPriceJpy())).toList(),
                order.totalJpy());
        return new OutboxMessage(event.eventId(), TYPE, JSON.writeValueAsString(event));
    }
}

package o11yshop.inventory.events;

import java.util.UUID;

/** OrderPlaced message bodies as the order service publishes them (api/events/order-placed.schema.json). */
final class OrderPlacedEvents {

    private OrderPlacedEvents() {
    }

    static String orderPlaced(UUID eventId, UUID reservationId, long productId, int quantity) {
        return """
                {"eventId":"%s","type":"OrderPlaced","occurredAt":"2026-11-23T09:15:00Z",\
                "orderId":"%s","orderNumber":"O-20261123-0042","userId":"0f8fad5b-d9cb-469f-a165-70867728950e",\
                "reservationId":"%s","lines":[{"productId":%d,"quantity":%d,"unitPriceJpy":1200}],"totalJpy":%d}"""
                .formatted(eventId, UUID.randomUUID(), reservationId, productId, quantity, 1200 * quantity);
    }
}

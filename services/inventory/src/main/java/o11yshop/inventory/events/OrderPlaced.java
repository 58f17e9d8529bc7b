package o11yshop.inventory.events;

import java.util.UUID;

/** The parts of an {@code OrderPlaced} event (api/events/order-placed.schema.json) that inventory acts on. */
record OrderPlaced(UUID eventId, String orderNumber, UUID reservationId) {

    static final String TYPE = "OrderPlaced";
}

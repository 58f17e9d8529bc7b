package o11yshop.order.outbox;

import java.util.UUID;

/** An event as it waits in the outbox and is published: its ID, its type and its JSON body. */
public record OutboxMessage(UUID eventId, String type, String payload) {
}

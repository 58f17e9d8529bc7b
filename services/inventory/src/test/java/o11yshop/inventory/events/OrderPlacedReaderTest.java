package o11yshop.inventory.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OrderPlacedReaderTest {

    private static final UUID EVENT = UUID.fromString("3f1c2a8e-5b7d-4e21-9c3a-0d6f8b2e4a11");
    private static final UUID RESERVATION = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    private final OrderPlacedReader reader = new OrderPlacedReader();

    @Test
    void aValidEventIsRead() {
        OrderPlaced event = reader.read(OrderPlacedEvents.orderPlaced(EVENT, RESERVATION, 7, 2));

        assertThat(event.eventId()).isEqualTo(EVENT);
        assertThat(event.reservationId()).isEqualTo(RESERVATION);
        assertThat(event.orderNumber()).isEqualTo("O-20261123-0042");
    }

    @Test
    void fieldsTheSchemaDoesNotKnowAreIgnored() {
        String withExtra = OrderPlacedEvents.orderPlaced(EVENT, RESERVATION, 7, 2).replace("{\"eventId\"", "{\"schemaVersion\":2,\"eventId\"");

        assertThat(reader.read(withExtra).eventId()).isEqualTo(EVENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"eventId\":\"3f1c2a8e-5b7d-4e21-9c3a-0d6f8b2e4a11\"=>\"eventId\":\"not-a-uuid\"",
            "\"type\":\"OrderPlaced\"=>\"type\":\"OrderCancelled\"",
            "\"occurredAt\":\"2026-11-23T09:15:00Z\"=>\"occurredAt\":\"yesterday\"",
            "\"reservationId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"=>\"reservationId\":null",
            "\"quantity\":2=>\"quantity\":0",
            "\"quantity\":2=>\"quantity\":\"2\"",
            "\"productId\":7=>\"productId\":-7",
            "\"totalJpy\":2400=>\"totalJpy\":-1",
            "\"orderNumber\":\"O-20261123-0042\",=>"
    })
    void anEventThatBreaksTheSchemaIsMalformed(String change) {
        String[] replace = change.split("=>", -1);
        String body = OrderPlacedEvents.orderPlaced(EVENT, RESERVATION, 7, 2).replace(replace[0], replace[1]);
        assertThat(body).as("the change applies").isNotEqualTo(OrderPlacedEvents.orderPlaced(EVENT, RESERVATION, 7, 2));

        assertThatThrownBy(() -> reader.read(body)).isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{", "[]", "null", "42"})
    void somethingThatIsNotAnEventIsMalformed(String body) {
        assertThatThrownBy(() -> reader.read(body)).isInstanceOf(MalformedEventException.class);
    }
}

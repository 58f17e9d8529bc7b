package o11yshop.inventory.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an {@code OrderPlaced} message, checked against the event's JSON Schema, the contract between the
 * order service and its consumers (api/events/order-placed.schema.json). Formats such as {@code uuid} and
 * {@code date-time} are asserted, not just annotated.
 */
@Component
class OrderPlacedReader {

    static final String SCHEMA = "events/order-placed.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Schema schema;

    OrderPlacedReader() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = new ClassPathResource(SCHEMA).getInputStream()) {
            this.schema = registry.getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCHEMA, e);
        }
    }

    OrderPlaced read(String body) {
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedEventException("Not JSON: " + e.getOriginalMessage(), e);
        }
        List<Error> errors = schema.validate(event);
        if (!errors.isEmpty()) {
            throw new MalformedEventException("Not a valid OrderPlaced event: "
                    + errors.stream().map(Error::toString).collect(Collectors.joining("; ")));
        }
        return new OrderPlaced(UUID.fromString(event.get("eventId").asString()), event.get("orderNumber").asString(),
                UUID.fromString(event.get("reservationId").asString()));
    }
}

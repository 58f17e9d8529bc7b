package o11yshop.inventory.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consumer's side of api/events/order-placed.schema.json, the file the order service's published events
 * are checked against (its OutboxPublishingTest): what the handler reads is what the schema promises. A field
 * made optional or renamed in the schema fails here, at build time, rather than as a message inventory cannot
 * act on.
 */
class OrderPlacedSchemaTest {

    @Test
    void everyFieldTheHandlerReadsIsRequiredByTheSchema() throws IOException {
        JsonNode schema = schema();
        String[] read = Arrays.stream(OrderPlaced.class.getRecordComponents()).map(RecordComponent::getName)
                .toArray(String[]::new);

        assertThat(schema.path("required").valueStream().map(JsonNode::asString)).contains(read);
        assertThat(schema.path("properties").path("type").path("const").asString()).isEqualTo(OrderPlaced.TYPE);
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = new ClassPathResource(OrderPlacedReader.SCHEMA).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}

package o11yshop.platform.web.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ShopJsonLogFormatterTest {

    private final ShopJsonLogFormatter formatter = new ShopJsonLogFormatter(
            new MockEnvironment().withProperty("spring.application.name", "catalog").withProperty("shop.version", "1.2.3"),
            null);

    @Test
    void oneJsonObjectPerLineWithTheFixedFieldsAndTheContext() {
        LoggingEvent event = event("Product 7 not found", null, Map.of("request_id", "req-1", "user_id", "u-9"));

        String line = formatter.format(event);

        assertThat(line).endsWith("\n").doesNotContain("\n\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asString()).isEqualTo("WARN");
        assertThat(json.path("service").asString()).isEqualTo("catalog");
        assertThat(json.path("version").asString()).isEqualTo("1.2.3");
        assertThat(json.path("logger").asString()).isEqualTo("o11yshop.catalog.Test");
        assertThat(json.path("message").asString()).isEqualTo("Product 7 not found");
        assertThat(json.path("request_id").asString()).isEqualTo("req-1");
        assertThat(json.path("user_id").asString()).isEqualTo("u-9");
        assertThat(json.path("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(json.has("exception")).isFalse();
    }

    @Test
    void anExceptionIsOneStringFieldWithItsStackTrace() {
        String line = formatter.format(event("failed", new IllegalStateException("boom"), Map.of()));

        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("exception").asString())
                .startsWith("java.lang.IllegalStateException: boom")
                .contains("at o11yshop.platform.web.logging.ShopJsonLogFormatterTest");
    }

    @Test
    void keyValuePairsBecomeFieldsOfTheirOwnKeepingTheirJsonTypes() {
        LoggingEvent event = event("Admin action", null, Map.of("user_id", "u-9"));
        event.addKeyValuePair(new KeyValuePair("action", "POST /products"));
        event.addKeyValuePair(new KeyValuePair("status", 201));

        JsonNode json = new ObjectMapper().readTree(formatter.format(event));

        assertThat(json.path("action").asString()).isEqualTo("POST /products");
        assertThat(json.path("status").isNumber()).isTrue();
        assertThat(json.path("status").asInt()).isEqualTo(201);
        assertThat(json.path("user_id").asString()).isEqualTo("u-9");
    }

    private static LoggingEvent event(String message, Throwable throwable, Map<String, String> logContext) {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("fqcn", context.getLogger("o11yshop.catalog.Test"), Level.WARN, message,
                throwable, null);
        event.setMDCPropertyMap(logContext);
        return event;
    }
}

package o11yshop.platform.web.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonBodiesTest {

    record Line(String note, int quantity) {
    }

    private final JsonMapper mapper = strictMapper();

    @Test
    void aBodyAsWrittenIsRead() {
        assertThat(mapper.readValue("{\"note\":\"gift\",\"quantity\":2}", Line.class)).isEqualTo(new Line("gift", 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"note\":\"gift\",\"quantity\":2,\"admin\":true}",
            "{\"note\":\"gift\",\"quantity\":2,\"quantity\":3}",
            "{\"note\":\"gift\",\"quantity\":2} {}",
            "{\"note\":\"gift\",\"quantity\":1.5}",
            "{\"note\":\"gift\",\"quantity\":\"5\"}",
            "{\"note\":42,\"quantity\":2}",
            "{\"note\":true,\"quantity\":2}"})
    void whatNobodyTypedIsRefused(String body) {
        assertThatThrownBy(() -> mapper.readValue(body, Line.class)).isInstanceOf(JacksonException.class);
    }

    private static JsonMapper strictMapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonBodies().customize(builder);
        return builder.build();
    }
}

package o11yshop.platform.web.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireValueToEnumConverterFactoryTest {

    enum Sort {
        PRICE_ASC("price_asc"), NEWEST("newest");

        private final String value;

        Sort(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    private final WireValueToEnumConverterFactory factory = new WireValueToEnumConverterFactory();

    @Test
    void readsTheWireValue() {
        assertThat(factory.getConverter(Sort.class).convert("price_asc")).isEqualTo(Sort.PRICE_ASC);
    }

    @Test
    void refusesTheJavaNameAndUnknownValues() {
        assertThatThrownBy(() -> factory.getConverter(Sort.class).convert("PRICE_ASC"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.getConverter(Sort.class).convert("cheapest"))
                .hasMessageContaining("price_asc");
    }
}

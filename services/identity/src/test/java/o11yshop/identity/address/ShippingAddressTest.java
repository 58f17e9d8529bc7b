package o11yshop.identity.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import o11yshop.identity.api.model.AddressInput;
import o11yshop.identity.api.model.Prefecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShippingAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"1000001", "100-0001"})
    void thePostalCodeIsKeptWithTheHyphen(String typed) {
        assertThat(ShippingAddress.hyphenated(typed)).isEqualTo("100-0001");
    }

    @Test
    void blanksAroundTextAndAnEmptySecondLineAreDropped() {
        AddressInput input = new AddressInput(" 山田 花子 ", "1500002", Prefecture.TOKYO, " 渋谷区 ", " 渋谷 2-21-1 ", "03-1234-5678")
                .line2("   ");

        ShippingAddress address = ShippingAddress.of(UUID.randomUUID(), input);

        assertThat(address.name()).isEqualTo("山田 花子");
        assertThat(address.city()).isEqualTo("渋谷区");
        assertThat(address.line1()).isEqualTo("渋谷 2-21-1");
        assertThat(address.line2()).isNull();
        assertThat(address.postalCode()).isEqualTo("150-0002");
    }
}

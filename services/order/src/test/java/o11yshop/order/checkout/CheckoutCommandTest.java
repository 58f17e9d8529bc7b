package o11yshop.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import o11yshop.order.orders.DeliveryAddress;
import org.junit.jupiter.api.Test;

class CheckoutCommandTest {

    private static CheckoutCommand command(String line1, String line2, String cardLast4) {
        return new CheckoutCommand(new DeliveryAddress("山田 太郎", "100-0001", "東京都", "千代田区", line1, line2,
                "03-1234-5678"), cardLast4);
    }

    @Test
    void theSameCheckoutHasTheSameFingerprint() {
        assertThat(command("千代田1-1", null, "4242").fingerprint()).isEqualTo(command("千代田1-1", "", "4242").fingerprint());
    }

    @Test
    void anyDifferenceChangesTheFingerprint() {
        String original = command("千代田1-1", null, "4242").fingerprint();

        assertThat(command("千代田1-2", null, "4242").fingerprint()).isNotEqualTo(original);
        assertThat(command("千代田1-1", null, "4243").fingerprint()).isNotEqualTo(original);
        // the same characters split differently between two fields are a different address
        assertThat(command("千代田1-", "1", "4242").fingerprint()).isNotEqualTo(command("千代田1-1", null, "4242").fingerprint());
    }
}

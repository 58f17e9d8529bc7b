package o11yshop.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderNumbersTest {

    private final OrderNumbers orderNumbers = new OrderNumbers();

    @Test
    void aNumberNamesTheDayInUtcAndHasNoLookAlikeCharacters() {
        String number = orderNumbers.next(Instant.parse("2026-11-23T23:59:59Z"));

        assertThat(number).matches("O11Y-20261123-[2-9A-HJKMNP-Z]{5}");
        assertThat(number.substring(14)).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void numbersOfOneDayDoNotRepeat() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            numbers.add(orderNumbers.next(now));
        }

        // 10,000 draws from 31^5 numbers collide with a probability of about 0.2 %
        assertThat(numbers).hasSizeGreaterThan(9_990);
    }
}

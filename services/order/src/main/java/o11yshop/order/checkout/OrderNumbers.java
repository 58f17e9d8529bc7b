package o11yshop.order.checkout;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Order numbers a shopper can read out on the phone: {@code O11Y-20261123-4F7K2}, the day the order
 * was placed (UTC) and five characters from an alphabet without look-alikes (no 0/O, no 1/I/L). With
 * 31⁵ ≈ 28 million numbers a day, random ones collide too rarely to matter; the unique constraint on
 * the column catches it when one does.
 */
@Component
class OrderNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int RANDOM_CHARACTERS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final SecureRandom random = new SecureRandom();

    String next(Instant now) {
        StringBuilder number = new StringBuilder("O11Y-").append(DAY.format(now)).append('-');
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }
}

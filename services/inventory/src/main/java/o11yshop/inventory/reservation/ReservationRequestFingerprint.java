package o11yshop.inventory.reservation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What identifies a reservation request for its Idempotency-Key: the order reference and the lines, in
 * product order, since the order of the lines does not change what is reserved. Kept as a SHA-256 hash.
 */
final class ReservationRequestFingerprint {

    private ReservationRequestFingerprint() {
    }

    static String of(String orderReference, List<StockReservation.Line> lines) {
        String canonical = orderReference + "\n" + lines.stream()
                .sorted(Comparator.comparingLong(StockReservation.Line::productId))
                .map(line -> line.productId() + "x" + line.quantity())
                .collect(Collectors.joining(","));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package o11yshop.order.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import o11yshop.order.orders.DeliveryAddress;

/** What the shopper confirmed at checkout: where the order goes and the card to charge. */
public record CheckoutCommand(DeliveryAddress deliveryAddress, String cardLast4) {

    /**
     * A digest of everything the shopper sent, to tell a repeated request (same key, same body) from a
     * different one reusing the key. Fields are length-prefixed so that no two bodies share a digest.
     */
    String fingerprint() {
        DeliveryAddress a = deliveryAddress;
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {a.name(), a.postalCode(), a.prefecture(), a.city(), a.line1(),
                a.line2() == null ? "" : a.line2(), a.phone(), cardLast4}) {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

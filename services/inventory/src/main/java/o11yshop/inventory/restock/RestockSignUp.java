package o11yshop.inventory.restock;

import java.time.Instant;

/** A shopper waiting for a sold-out product; the notification function will write to them when it is back. */
record RestockSignUp(long productId, String email, Instant createdAt) {
}

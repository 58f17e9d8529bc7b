package o11yshop.identity.account;

import java.time.Instant;
import java.util.UUID;

/** A shop account: who it is, how the shop greets it, whether it administers the shop. */
public record Account(UUID id, String email, String displayName, boolean admin, Instant createdAt) {
}

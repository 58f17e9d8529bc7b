package o11yshop.order;

import java.util.UUID;

/** A signed-in customer in a test: their user ID and the access token their browser would send. */
public record Shopper(UUID id, String accessToken) {
}

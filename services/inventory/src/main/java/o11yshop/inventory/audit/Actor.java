package o11yshop.inventory.audit;

/**
 * Who made a stock change, as the audit trail names them: a user by their ID (the token's subject), or
 * {@code system} for the service's own work such as releasing expired reservations or applying events.
 */
public record Actor(String id) {

    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An actor needs an ID");
        }
    }
}

package o11yshop.inventory.web;

import java.util.Optional;
import o11yshop.inventory.audit.Actor;
import o11yshop.platform.security.CallingService;
import o11yshop.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who sent the request being served, as the audit trail and the reservations name them: a signed-in
 * user by their ID, a service (the order service, on the routes for services only) by its client ID and
 * the shopper it acts for.
 */
@Component
public class Callers {

    private final CurrentUser currentUser;
    private final CallingService callingService;

    Callers(CurrentUser currentUser, CallingService callingService) {
        this.currentUser = currentUser;
        this.callingService = callingService;
    }

    /** Only for routes that need a signed-in user; the security configuration has refused anonymous calls. */
    public Actor current() {
        return new Actor(currentUser.id().toString());
    }

    /** Only for routes for services; the security configuration has let only a service's token in. */
    public Actor service() {
        return new Actor(callingService.clientId().orElseThrow(() -> new IllegalStateException(
                "No calling service: this route is not in shop.security.scoped-paths")));
    }

    /** The shopper a service acts for, when it forwarded their token (checked by platform-security). */
    public Optional<Actor> shopper() {
        return callingService.shopperId().map(id -> new Actor(id.toString()));
    }
}

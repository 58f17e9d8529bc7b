package o11yshop.inventory.web;

import o11yshop.inventory.audit.Actor;
import o11yshop.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The signed-in user who sent the request being served, as the audit trail and the reservations name them. */
@Component
public class Callers {

    private final CurrentUser currentUser;

    Callers(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Only for routes that need a signed-in user; the security configuration has refused anonymous calls. */
    public Actor current() {
        return new Actor(currentUser.id().toString());
    }
}

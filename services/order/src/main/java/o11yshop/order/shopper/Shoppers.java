package o11yshop.order.shopper;

import o11yshop.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The signed-in shopper who sent the request being served: whose cart, whose orders. */
@Component
public class Shoppers {

    private final CurrentUser currentUser;

    Shoppers(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Every route of this service needs a signed-in user; the security configuration has refused anonymous calls. */
    public ShopperId current() {
        return new ShopperId(currentUser.id().toString());
    }
}

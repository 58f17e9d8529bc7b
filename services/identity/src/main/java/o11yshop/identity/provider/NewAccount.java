package o11yshop.identity.provider;

import java.util.List;
import o11yshop.platform.security.ShopClaims;

/** An account to register: its normalized e-mail address, password, display name, and whether it administers the shop. */
public record NewAccount(String email, String password, String displayName, boolean admin) {

    /** The groups of the account's tokens: every account is a customer, an admin is an admin too. */
    public List<String> groups() {
        return groupsOf(admin);
    }

    public static List<String> groupsOf(boolean admin) {
        return admin ? List.of(ShopClaims.ADMIN_GROUP, ShopClaims.CUSTOMER_GROUP) : List.of(ShopClaims.CUSTOMER_GROUP);
    }

    /** Never the password: a record would print it, and this may end up in a log line. */
    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", displayName=" + displayName + ", admin=" + admin + "]";
    }
}

package o11yshop.identity.account;

import java.util.LinkedHashSet;
import java.util.Set;
import o11yshop.identity.UtcTime;
import o11yshop.identity.api.model.Role;

/** An account as the API shows it (api/identity.yaml {@code Account}). */
final class AccountResponses {

    private AccountResponses() {
    }

    static o11yshop.identity.api.model.Account toApi(Account account) {
        Set<Role> roles = new LinkedHashSet<>();
        if (account.admin()) {
            roles.add(Role.ADMIN);
        }
        roles.add(Role.CUSTOMER);
        return new o11yshop.identity.api.model.Account(account.id(), account.email(), account.displayName(), roles,
                UtcTime.toApi(account.createdAt()));
    }
}

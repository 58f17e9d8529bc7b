package o11yshop.identity.account;

import o11yshop.identity.api.ProfileApi;
import o11yshop.identity.api.model.Account;
import o11yshop.identity.api.model.ProfileUpdate;
import o11yshop.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account; whose it is comes from the token, never from the request. */
@RestController
class ProfileController implements ProfileApi {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    ProfileController(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public ResponseEntity<Account> getProfile() {
        return ResponseEntity.ok(AccountResponses.toApi(accounts.get(currentUser.id())));
    }

    @Override
    public ResponseEntity<Account> updateProfile(ProfileUpdate update) {
        return ResponseEntity.ok(AccountResponses.toApi(accounts.rename(currentUser.id(), update.getDisplayName())));
    }
}

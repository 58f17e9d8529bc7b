package o11yshop.identity.account;

import o11yshop.identity.api.AccountsApi;
import o11yshop.identity.api.model.Account;
import o11yshop.identity.api.model.AccountPage;
import o11yshop.identity.api.model.SignUpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up (public) and the list of all accounts (admin only: {@code shop.security.admin-paths}). */
@RestController
class AccountController implements AccountsApi {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public ResponseEntity<Account> signUp(SignUpRequest request) {
        var account = accounts.signUp(request.getEmail(), request.getPassword(), request.getDisplayName());
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountResponses.toApi(account));
    }

    @Override
    public ResponseEntity<AccountPage> listAccounts(Integer page, Integer size) {
        AccountService.AccountPage result = accounts.page(page, size);
        return ResponseEntity.ok(new AccountPage(result.items().stream().map(AccountResponses::toApi).toList(),
                result.page(), result.size(), result.totalItems(), result.totalPages()));
    }
}

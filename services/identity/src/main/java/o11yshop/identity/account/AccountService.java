package o11yshop.identity.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import o11yshop.identity.UtcTime;
import o11yshop.identity.provider.EmailAlreadyRegisteredException;
import o11yshop.identity.provider.IdentityProvider;
import o11yshop.identity.provider.NewAccount;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** AccountService: registering them with the identity provider, their profiles, the admin's list of them. */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AccountRepository repository;
    private final IdentityProvider provider;
    private final Clock clock;

    AccountService(AccountRepository repository, IdentityProvider provider, Clock clock) {
        this.repository = repository;
        this.provider = provider;
        this.clock = clock;
    }

    /**
     * Registers the credentials with the provider, then keeps the profile. With the local provider both
     * rows are in this transaction; with Cognito a failure after the pool accepted the user leaves the
     * user in the pool only, and signing up again answers 409 — the pool is the source of truth.
     */
    @Transactional
    public Account register(NewAccount newAccount) {
        if (repository.existsByEmail(newAccount.email())) {
            throw new EmailAlreadyRegisteredException();
        }
        UUID id = provider.register(newAccount);
        try {
            repository.insert(new Account(id, newAccount.email(), newAccount.displayName(), newAccount.admin(),
                    UtcTime.now(clock)));
        } catch (DuplicateKeyException raceWithTheSameAddress) {
            throw new EmailAlreadyRegisteredException();
        }
        log.info("Registered account {}{}", id, newAccount.admin() ? " (admin)" : "");
        // the row as stored, so that this answer equals every later read: a MariaDB server reached with
        // MySQL's driver keeps whole seconds only
        return get(id);
    }

    /** A shopper's own sign-up: always a customer, never an admin. */
    public Account signUp(String email, String password, String displayName) {
        return register(new NewAccount(EmailAddresses.normalize(email), password, displayName.strip(), false));
    }

    @Transactional(readOnly = true)
    public Account get(UUID id) {
        return repository.findById(id).orElseThrow(() -> new ResourceNotFoundException("account", id));
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(String email) {
        return repository.findByEmail(EmailAddresses.normalize(email));
    }

    @Transactional
    public Account rename(UUID id, String displayName) {
        if (!repository.updateDisplayName(id, displayName.strip(), UtcTime.now(clock))) {
            throw new ResourceNotFoundException("account", id);
        }
        return get(id);
    }

    @Transactional(readOnly = true)
    public AccountPage page(int page, int size) {
        return new AccountPage(repository.page(page * size, size), page, size, repository.count());
    }

    /** One page of accounts and how many there are in all. */
    public record AccountPage(List<Account> items, int page, int size, long totalItems) {

        public int totalPages() {
            return (int) ((totalItems + size - 1) / size);
        }
    }
}

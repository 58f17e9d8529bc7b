package o11yshop.identity.account;

import java.util.Optional;
import o11yshop.identity.provider.EmailAlreadyRegisteredException;
import o11yshop.identity.provider.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator account at start when {@code SHOP_ADMIN_EMAIL} and {@code SHOP_ADMIN_PASSWORD}
 * are both set and no account has that address. An existing account is left as it is: its password is
 * not reset, and a customer account with that address is not promoted — whoever signed up with it first
 * would otherwise become an admin.
 */
@Component
class AdminAccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);
    private static final String DISPLAY_NAME = "Shop admin";
    private static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountService accounts;
    private final AdminAccountProperties admin;

    AdminAccountBootstrap(AccountService accounts, AdminAccountProperties admin) {
        this.accounts = accounts;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.isConfigured()) {
            log.info("SHOP_ADMIN_EMAIL and SHOP_ADMIN_PASSWORD are not both set: no admin account is created");
            return;
        }
        if (admin.password().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("SHOP_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
                    + " characters, like every account's password");
        }
        String email = EmailAddresses.normalize(admin.email());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            if (existing.get().admin()) {
                log.info("Admin account {} exists", email);
            } else {
                log.warn("An account with the admin address {} exists but is not an admin; it is left as it is", email);
            }
            return;
        }
        try {
            Account created = accounts.register(new NewAccount(email, admin.password(), DISPLAY_NAME, true));
            log.info("Created admin account {} ({})", email, created.id());
        } catch (EmailAlreadyRegisteredException anotherInstanceWasFaster) {
            log.info("Admin account {} exists", email);
        }
    }
}

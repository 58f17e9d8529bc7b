package o11yshop.identity.provider.local;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import o11yshop.identity.WhenLocalProvider;
import o11yshop.identity.issuer.AccessTokenIssuer;
import o11yshop.identity.provider.IdentityProvider;
import o11yshop.identity.provider.InvalidCredentialsException;
import o11yshop.identity.provider.IssuedToken;
import o11yshop.identity.provider.NewAccount;
import o11yshop.identity.provider.local.LocalCredentialRepository.StoredCredential;
import o11yshop.platform.web.problem.InvalidParameterException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * This service as the identity provider: BCrypt password hashes in its own database, tokens signed with
 * its own key. The account's groups are read from its {@code user_account} row when a token is issued.
 */
@Component
@WhenLocalProvider
class LocalIdentityProvider implements IdentityProvider {

    /** BCrypt reads only the first 72 bytes; a longer password would silently count only in part. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final PasswordEncoder passwords = new BCryptPasswordEncoder();
    /** Checked instead when the address is unknown, so that an unknown address takes as long to refuse as a wrong password. */
    private final String decoyHash = passwords.encode(UUID.randomUUID().toString());
    private final LocalCredentialRepository credentials;
    private final AccessTokenIssuer tokens;

    LocalIdentityProvider(LocalCredentialRepository credentials, AccessTokenIssuer tokens) {
        this.credentials = credentials;
        this.tokens = tokens;
    }

    @Override
    public UUID register(NewAccount account) {
        if (exceedsBcryptLimit(account.password())) {
            throw new InvalidParameterException("password", "must be at most " + BCRYPT_MAX_BYTES + " bytes in UTF-8");
        }
        UUID userId = UUID.randomUUID();
        credentials.insert(userId, passwords.encode(account.password()));
        return userId;
    }

    @Override
    public IssuedToken authenticate(String email, String password) {
        Optional<StoredCredential> stored = credentials.findByEmail(email);
        // no account has a password over the limit, and BCrypt refuses to check one
        boolean matches = !exceedsBcryptLimit(password)
                && passwords.matches(password, stored.map(StoredCredential::passwordHash).orElse(decoyHash));
        if (stored.isEmpty() || !matches) {
            throw new InvalidCredentialsException();
        }
        return tokens.issue(stored.get().userId(), email, stored.get().admin());
    }

    private static boolean exceedsBcryptLimit(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES;
    }
}

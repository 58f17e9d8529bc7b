package o11yshop.identity.account;

import java.util.Locale;

/** One spelling per address, so that {@code Hanako@Example.com} and {@code hanako@example.com} are one account. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}

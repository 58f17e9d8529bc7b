package o11yshop.launcher.supervisor;

import java.security.SecureRandom;
import java.util.Map;

/**
 * The shop's admin account for this run: taken from {@code SHOP_ADMIN_EMAIL} and
 * {@code SHOP_ADMIN_PASSWORD} when both are set, otherwise made up now with a fresh random password,
 * so that no password is ever written into the repository or its docs. The identity service creates
 * the account at start; the launcher prints where to sign in with it.
 */
public record AdminAccount(String email, String password, boolean generated) {

    static final String DEFAULT_EMAIL = "admin@o11y-shop.local";
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;

    public static AdminAccount from(Map<String, String> environment) {
        String email = environment.get("SHOP_ADMIN_EMAIL");
        String password = environment.get("SHOP_ADMIN_PASSWORD");
        if (email != null && !email.isBlank() && password != null && !password.isBlank()) {
            return new AdminAccount(email, password, false);
        }
        return new AdminAccount(DEFAULT_EMAIL, randomPassword(new SecureRandom()), true);
    }

    static String randomPassword(SecureRandom random) {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** What the identity service reads to create the account. */
    public Map<String, String> environment() {
        return Map.of("SHOP_ADMIN_EMAIL", email, "SHOP_ADMIN_PASSWORD", password);
    }

    @Override
    public String toString() {
        return "AdminAccount[" + email + "]";
    }
}

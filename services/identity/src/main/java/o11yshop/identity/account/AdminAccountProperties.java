package o11yshop.identity.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account to create at start ({@code SHOP_ADMIN_EMAIL}, {@code SHOP_ADMIN_PASSWORD}).
 * The launcher makes up a password and prints it; in AWS it comes from a secret. Never in a file.
 */
@ConfigurationProperties("shop.admin")
public record AdminAccountProperties(String email, String password) {

    boolean isConfigured() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "AdminAccountProperties[email=" + email + "]";
    }
}

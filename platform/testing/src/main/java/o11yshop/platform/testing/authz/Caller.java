package o11yshop.platform.testing.authz;

import java.util.function.Supplier;

/**
 * Someone who calls an operation in a generated test: a kind (what the contract's rules speak of) and the
 * bearer token they send, made anew for each request ({@code null} for no token).
 */
public record Caller(String name, Kind kind, Supplier<String> token) {

    public enum Kind {
        ANONYMOUS, CUSTOMER, OTHER_CUSTOMER, ADMIN, SERVICE, FORGED
    }

    public String bearer() {
        return token.get();
    }

    @Override
    public String toString() {
        return name;
    }
}

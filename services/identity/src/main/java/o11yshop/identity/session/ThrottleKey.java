package o11yshop.identity.session;

/** What failed log-ins are counted against: one e-mail address, or one client address. */
record ThrottleKey(String value, int tolerated) implements Comparable<ThrottleKey> {

    static ThrottleKey email(String normalizedEmail, int tolerated) {
        return new ThrottleKey("email:" + normalizedEmail, tolerated);
    }

    static ThrottleKey client(String clientAddress, int tolerated) {
        return new ThrottleKey("ip:" + clientAddress, tolerated);
    }

    /** For log lines: a client address helps to spot an attack, an e-mail address is personal data. */
    String describe() {
        return value.startsWith("ip:") ? "client " + value.substring(3) : "an e-mail address";
    }

    @Override
    public int compareTo(ThrottleKey other) {
        return value.compareTo(other.value);
    }
}

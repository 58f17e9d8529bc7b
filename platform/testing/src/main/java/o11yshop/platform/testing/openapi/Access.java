package o11yshop.platform.testing.openapi;

/**
 * Who may call an operation, as its contract says: no {@code security} is {@link #PUBLIC};
 * {@code x-required-role: authenticated} (or a {@code security} with no role) any signed-in user;
 * {@code x-required-role: admin} the {@code admin} group; {@code x-required-scope} a service token with
 * that scope.
 *
 * @param level what kind of caller is needed
 * @param scope the scope, for {@link Level#SCOPE} only
 */
public record Access(Level level, String scope) {

    public enum Level { PUBLIC, AUTHENTICATED, ADMIN, SCOPE }

    public static final Access PUBLIC = new Access(Level.PUBLIC, null);
    public static final Access AUTHENTICATED = new Access(Level.AUTHENTICATED, null);
    public static final Access ADMIN = new Access(Level.ADMIN, null);

    public static Access scope(String scope) {
        return new Access(Level.SCOPE, scope);
    }

    public boolean secured() {
        return level != Level.PUBLIC;
    }

    @Override
    public String toString() {
        return level == Level.SCOPE ? "scope " + scope : level.name().toLowerCase(java.util.Locale.ROOT);
    }
}

package o11yshop.launcher;

/** How the launcher ends; {@code --help} lists these so that scripts can tell the cases apart. */
public enum ExitCode {
    HELP_SHOWN(0, "--help was given"),
    FAILED(1, "something else failed, e.g. the embedded PostgreSQL did not start"),
    CANNOT_START(2, "bad option or setting, a service jar is missing, or a port is taken"),
    NOT_READY(3, "a service did not become ready in time (180 s)"),
    SERVICE_DIED(4, "a service stopped without being asked to");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}

package o11yshop.launcher;

/** How the launcher gives up: it says why, then exits; the shutdown hook stops whatever was started. */
final class Failures {

    private final Console console;

    Failures(Console console) {
        this.console = console;
    }

    /** Never returns; returns an error only so that a caller can {@code throw} it and the compiler sees the end. */
    Error exit(ExitCode exitCode, String message) {
        console.launcher("error: " + message);
        System.exit(exitCode.code());
        return new AssertionError("System.exit returned");
    }
}

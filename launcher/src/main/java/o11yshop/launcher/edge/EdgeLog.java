package o11yshop.launcher.edge;

/**
 * Where the edge tells what it keeps from its callers: the origin it could not reach, the exception it met.
 * The caller's answer names only the request ID, and the launcher's console carries the rest under it.
 */
@FunctionalInterface
public interface EdgeLog {

    void log(String requestId, String message);
}

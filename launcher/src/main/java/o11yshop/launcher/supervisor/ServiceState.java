package o11yshop.launcher.supervisor;

import java.util.Locale;

/** Where a service is in its life, as the control API reports it. */
public enum ServiceState {
    /** its process runs but its readiness endpoint has not answered 200 yet */
    STARTING,
    RUNNING,
    STOPPED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package o11yshop.launcher.supervisor;

import java.util.List;
import java.util.Optional;

/** What the control API may do to the running services. */
public interface ServiceControl {

    List<ServiceStatus> statuses();

    /** Stops the service on purpose and waits until it has stopped; empty for an unknown name. */
    Optional<ServiceStatus> stop(String name);

    /** Starts a stopped service without waiting for it to be ready; empty for an unknown name. */
    Optional<ServiceStatus> start(String name);
}

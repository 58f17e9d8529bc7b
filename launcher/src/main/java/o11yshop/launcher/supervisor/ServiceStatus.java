package o11yshop.launcher.supervisor;

/** @param pid the service's process, or {@code null} while it is stopped */
public record ServiceStatus(String name, int port, ServiceState state, Long pid) {
}

package o11yshop.launcher.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import o11yshop.launcher.supervisor.ServiceControl;
import o11yshop.launcher.supervisor.ServiceState;
import o11yshop.launcher.supervisor.ServiceStatus;

/** Services that exist only as states, for testing the control API without processes. */
final class FakeServiceControl implements ServiceControl {

    private final Map<String, ServiceStatus> services = new LinkedHashMap<>();
    final List<String> commands = new ArrayList<>();

    FakeServiceControl with(String name, int port, ServiceState state, Long pid) {
        services.put(name, new ServiceStatus(name, port, state, pid));
        return this;
    }

    @Override
    public List<ServiceStatus> statuses() {
        return List.copyOf(services.values());
    }

    @Override
    public Optional<ServiceStatus> stop(String name) {
        commands.add("stop " + name);
        return Optional.ofNullable(services.computeIfPresent(name,
                (key, status) -> new ServiceStatus(key, status.port(), ServiceState.STOPPED, null)));
    }

    @Override
    public Optional<ServiceStatus> start(String name) {
        commands.add("start " + name);
        return Optional.ofNullable(services.computeIfPresent(name, (key, status) -> status.state() == ServiceState.STOPPED
                ? new ServiceStatus(key, status.port(), ServiceState.STARTING, 4242L)
                : status));
    }
}

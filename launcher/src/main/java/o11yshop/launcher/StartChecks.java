package o11yshop.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import o11yshop.launcher.topology.ServiceSpec;
import o11yshop.launcher.topology.Topology;

/** What must hold before anything starts, each failure said with what to do about it. */
final class StartChecks {

    private final Topology topology;
    private final Failures failures;

    StartChecks(Topology topology, Failures failures) {
        this.topology = topology;
        this.failures = failures;
    }

    void jarsExist(Path root) {
        List<String> missing = topology.services().stream()
                .map(service -> service.jar(root))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> root.relativize(jar).toString())
                .toList();
        if (!missing.isEmpty()) {
            throw failures.exit(ExitCode.CANNOT_START, "not built yet: " + String.join(", ", missing)
                    + ". Run ./shop run (it builds what is missing) or ./mvnw -B -DskipTests package.");
        }
    }

    /**
     * A service's port that is taken would make its start fail, or worse, let another program (often a
     * service left from an earlier run) answer its readiness check.
     */
    void portsFree(LauncherOptions options) {
        if (!isFree(options.port())) {
            throw failures.exit(ExitCode.CANNOT_START, "port " + options.port()
                    + " is already in use; choose another with --port or SHOP_PORT");
        }
        if (!isFree(options.queuePort())) {
            throw failures.exit(ExitCode.CANNOT_START, "port " + options.queuePort()
                    + " (the queues) is already in use; choose another with SHOP_QUEUE_PORT");
        }
        for (ServiceSpec service : topology.services()) {
            if (!isFree(service.port())) {
                throw failures.exit(ExitCode.CANNOT_START, "port " + service.port() + " (" + service.name()
                        + ") is already in use; is another o11y-shop still running?");
            }
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            return probe.isBound();
        } catch (IOException e) {
            return false;
        }
    }
}

package o11yshop.launcher.topology;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One service of the shop as {@code infra/topology.yaml} describes it.
 *
 * @param name            its name: its schema, its jar's name, its contract's name
 * @param port            the fixed local port, so that a learner can reach a service directly too
 * @param route           its context path, {@code /api/<name>}, which the edge routes to it
 * @param health          its health paths, below the route
 * @param calls           the services it calls; each becomes {@code SHOP_<NAME>_BASE_URL} in its environment
 * @param ownTokenScope   the scope it asks the token issuer for when it calls with a token of its own
 * @param storageVariable the environment variable that gives the service a folder of its own to keep
 *                        files in (its bucket's local stand-in); empty for a service that keeps everything in
 *                        its database
 */
public record ServiceSpec(String name, int port, String route, Health health, List<String> calls,
        Optional<String> ownTokenScope, Optional<String> storageVariable) {

    /** Paths below the service's route. */
    public record Health(String liveness, String readiness) {
    }

    public ServiceSpec {
        calls = List.copyOf(calls);
    }

    /** Where the service listens; the edge and the other services reach it there. */
    public URI origin() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public URI baseUrl() {
        return URI.create(origin() + route);
    }

    public URI readinessUrl() {
        return URI.create(baseUrl() + health.readiness());
    }

    /**
     * The runnable jar. A service's plain {@code <name>.jar} stays its Maven artifact, because other
     * modules' tests run the service in-process; Spring Boot's repackaged one has the {@code exec} classifier.
     */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve("services").resolve(name).resolve("target").resolve(name + "-exec.jar");
    }
}

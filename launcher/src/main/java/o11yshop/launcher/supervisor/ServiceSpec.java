package o11yshop.launcher.supervisor;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import o11yshop.launcher.localinfra.ServiceStorage;

/**
 * One service of the shop as the launcher runs it. {@link #ALL} is the only list of services: adding a
 * service to the local stack is one line there.
 *
 * @param name the service's name: its context path {@code /api/<name>}, its schema, its jar's name
 * @param port the fixed local port, so that a learner can reach a service directly too
 * @param uses the services it calls; each becomes {@code SHOP_<NAME>_BASE_URL} in its environment
 * @param storageVariable the environment variable that gives the service a folder of its own to keep
 *        files in (see {@link ServiceStorage}); empty for a service that keeps everything in its database
 */
public record ServiceSpec(String name, int port, List<String> uses, Optional<String> storageVariable) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("catalog", 8081, List.of("inventory"), Optional.of("SHOP_IMAGES_LOCAL_DIRECTORY")),
            new ServiceSpec("inventory", 8082, List.of()),
            new ServiceSpec("order", 8083, List.of("catalog", "inventory")),
            new ServiceSpec("identity", 8084, List.of()));

    /** The service that issues the tokens every other service checks. */
    public static final String TOKEN_ISSUER = "identity";

    /** A service that keeps no files. */
    public ServiceSpec(String name, int port, List<String> uses) {
        this(name, port, uses, Optional.empty());
    }

    public static Optional<ServiceSpec> named(String name) {
        return ALL.stream().filter(spec -> spec.name.equals(name)).findFirst();
    }

    public String contextPath() {
        return "/api/" + name;
    }

    /** Where the service listens; the edge and the other services reach it there. */
    public URI origin() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public URI baseUrl() {
        return URI.create(origin() + contextPath());
    }

    public URI readinessUrl() {
        return URI.create(baseUrl() + "/actuator/health/readiness");
    }

    public URI livenessUrl() {
        return URI.create(baseUrl() + "/actuator/health/liveness");
    }

    /**
     * The runnable jar. A service's plain {@code <name>.jar} stays its Maven artifact, because other
     * modules' tests run the service in-process; Spring Boot's repackaged one has the {@code exec} classifier.
     */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve("services").resolve(name).resolve("target").resolve(name + "-exec.jar");
    }

    /** The base URLs of the services this one calls, named as the services read them. */
    public Map<String, String> dependencyEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String dependency : uses) {
            ServiceSpec target = named(dependency)
                    .orElseThrow(() -> new IllegalStateException(name + " uses an unknown service: " + dependency));
            environment.put("SHOP_" + dependency.toUpperCase(Locale.ROOT) + "_BASE_URL", target.baseUrl().toString());
        }
        return environment;
    }
}

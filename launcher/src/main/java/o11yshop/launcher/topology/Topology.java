package o11yshop.launcher.topology;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shop's services, the queues between them and who issues their tokens, as read from
 * {@code infra/topology.yaml} ({@link TopologyFile}); the launcher runs what it names and nothing else.
 */
public record Topology(List<ServiceSpec> services, List<QueueSpec> queues, String tokenIssuerName) {

    /** Where the topology is, from the repository's root. */
    public static final Path FILE = Path.of("infra", "topology.yaml");

    public Topology {
        services = List.copyOf(services);
        queues = List.copyOf(queues);
    }

    /** The topology of the repository at {@code repositoryRoot}, checked; a bad file names the field at fault. */
    public static Topology load(Path repositoryRoot) {
        return TopologyFile.read(repositoryRoot.resolve(FILE));
    }

    public Optional<ServiceSpec> service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    public List<String> serviceNames() {
        return services.stream().map(ServiceSpec::name).toList();
    }

    /** The service that issues the tokens every other service checks. */
    public ServiceSpec tokenIssuer() {
        return service(tokenIssuerName).orElseThrow();
    }

    /** The base URLs of the services {@code caller} calls, named as the services read them. */
    public Map<String, String> baseUrlsCalledBy(ServiceSpec caller) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String name : caller.calls()) {
            environment.put("SHOP_" + name.toUpperCase(Locale.ROOT) + "_BASE_URL",
                    service(name).orElseThrow().baseUrl().toString());
        }
        return environment;
    }
}

package o11yshop.launcher.supervisor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import o11yshop.launcher.localinfra.DatabaseTarget;
import o11yshop.launcher.localinfra.ServiceStorage;
import o11yshop.launcher.topology.ServiceSpec;
import o11yshop.launcher.topology.Topology;

/** How one service is started: its own JVM, configured only through its environment. */
public final class ServiceCommand {

    private final Path repositoryRoot;
    private final Topology topology;
    private final ServiceStorage storage;
    private final DatabaseTarget database;
    private final Map<String, String> sharedEnvironment;
    private final Map<String, Map<String, String>> ownEnvironments;
    private final Set<String> notInherited;

    /**
     * @param sharedEnvironment what every service is told alike, such as where the queues are
     * @param ownEnvironments   what only one service is told, by service name (the admin's password)
     */
    public ServiceCommand(Path repositoryRoot, Topology topology, DatabaseTarget database,
            Map<String, String> sharedEnvironment, Map<String, Map<String, String>> ownEnvironments) {
        this(repositoryRoot, topology, database, sharedEnvironment, ownEnvironments, Set.of());
    }

    /**
     * @param notInherited variables of the launcher's own environment that a service does not inherit
     *                     (unless the shared or its own environment sets them)
     */
    public ServiceCommand(Path repositoryRoot, Topology topology, DatabaseTarget database,
            Map<String, String> sharedEnvironment, Map<String, Map<String, String>> ownEnvironments,
            Set<String> notInherited) {
        this.repositoryRoot = repositoryRoot;
        this.topology = topology;
        this.storage = new ServiceStorage(repositoryRoot);
        this.database = database;
        this.sharedEnvironment = Map.copyOf(sharedEnvironment);
        this.ownEnvironments = Map.copyOf(ownEnvironments);
        this.notInherited = Set.copyOf(notInherited);
    }

    public ProcessBuilder processFor(ServiceSpec service) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // four services share a 2-core laptop: the serial collector and a capped heap keep each one small
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-Xmx384m",
                "-jar", service.jar(repositoryRoot).toString())
                .directory(repositoryRoot.toFile());
        builder.environment().keySet().removeAll(notInherited);
        builder.environment().putAll(environmentFor(service));
        return builder;
    }

    public Map<String, String> environmentFor(ServiceSpec service) {
        Map<String, String> environment = new LinkedHashMap<>(sharedEnvironment);
        environment.put("SERVER_PORT", Integer.toString(service.port()));
        environment.put("SPRING_PROFILES_ACTIVE", "local");
        environment.put("SPRING_DATASOURCE_URL", database.jdbcUrlFor(service.name()));
        environment.put("SPRING_DATASOURCE_USERNAME", database.user());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
        environment.put("SHOP_DB_SCHEMA", service.name());
        // a service whose launcher is gone stops itself instead of lingering
        environment.put("SHOP_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
        environment.putAll(topology.baseUrlsCalledBy(service));
        service.storageVariable().ifPresent(variable -> environment.put(variable, storage.of(service).toString()));
        environment.putAll(ownEnvironments.getOrDefault(service.name(), Map.of()));
        return environment;
    }
}

package o11yshop.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import o11yshop.launcher.edge.ApiProxy;
import o11yshop.launcher.edge.ControlApi;
import o11yshop.launcher.edge.Edge;
import o11yshop.launcher.edge.EdgeLog;
import o11yshop.launcher.edge.InternalRoutes;
import o11yshop.launcher.edge.SecurityHeaders;
import o11yshop.launcher.edge.StaticFiles;
import o11yshop.launcher.localinfra.DatabaseTarget;
import o11yshop.launcher.localinfra.EmbeddedDatabase;
import o11yshop.launcher.localinfra.EmbeddedQueues;
import o11yshop.launcher.localinfra.ServiceStorage;
import o11yshop.launcher.supervisor.AdminAccount;
import o11yshop.launcher.supervisor.ObservabilityEnvironment;
import o11yshop.launcher.supervisor.ServiceClients;
import o11yshop.launcher.supervisor.ServiceCommand;
import o11yshop.launcher.supervisor.ServiceControl;
import o11yshop.launcher.supervisor.Supervisor;
import o11yshop.launcher.telemetry.TelemetryApi;
import o11yshop.launcher.telemetry.TelemetryLogTap;
import o11yshop.launcher.telemetry.TelemetrySink;
import o11yshop.launcher.topology.Topology;
import o11yshop.launcher.topology.TopologyFile;

/**
 * {@code ./shop run}: the whole shop on one machine, with one command and without Docker. Starts the
 * edge, a database, the queues, the telemetry sink and every service of {@code infra/topology.yaml} as its
 * own JVM; stops all of it on Ctrl-C or when one of the services dies.
 */
public final class Launcher {

    private final LauncherOptions options;
    private final Map<String, String> environment;
    private final Path root;
    private final Topology topology;
    private final Console console;
    private final LogLineRenderer renderer;
    private final Failures failures;
    /** Closed last-opened-first by the shutdown hook: services before the database they use. */
    private final Deque<AutoCloseable> openResources = new ConcurrentLinkedDeque<>();

    private Launcher(LauncherOptions options, Map<String, String> environment, Path root, Topology topology) {
        this.options = options;
        this.environment = environment;
        this.root = root;
        this.topology = topology;
        this.console = new Console(System.out, Console.colourSuits(environment), topology.serviceNames());
        this.renderer = new LogLineRenderer(options.rawLogs(), ZoneId.systemDefault());
        this.failures = new Failures(console);
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args, environment);
        } catch (LauncherOptions.UsageException e) {
            System.err.println("launcher: " + e.getMessage() + " (see --help)");
            System.exit(ExitCode.CANNOT_START.code());
            return;
        }
        if (options.helpWanted()) {
            System.out.print(LauncherOptions.helpText());
            return;
        }
        Failures beforeStart = new Failures(new Console(System.out, Console.colourSuits(environment), List.of()));
        Path root = RepositoryRoot.find(environment).orElseThrow(() -> beforeStart.exit(ExitCode.CANNOT_START,
                "cannot find the o11y-shop folder: run from inside it, or set SHOP_ROOT"));
        Topology topology;
        try {
            topology = Topology.load(root);
        } catch (TopologyFile.InvalidTopology e) {
            throw beforeStart.exit(ExitCode.CANNOT_START, e.getMessage());
        }
        new Launcher(options, environment, root, topology).run();
    }

    private void run() {
        StartChecks checks = new StartChecks(topology, failures);
        checks.jarsExist(root);
        Optional<DatabaseTarget> externalDatabase = configuredDatabase();
        checks.portsFree(options);
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown, "launcher-shutdown"));

        externalDatabase.ifPresent(external -> console.launcher("using the database at " + external.describe()));
        if (externalDatabase.isEmpty()) {
            clearStorage();
        }
        DatabaseTarget database = externalDatabase.orElseGet(this::startEmbeddedDatabase);
        EmbeddedQueues queues = startQueues();
        TelemetrySink telemetry = opened(TelemetrySink.start(port("SHOP_XRAY_DAEMON_PORT", 2000), port("SHOP_OTLP_PORT", 4318),
                warning -> console.launcher("warning: " + warning)));
        AdminAccount admin = AdminAccount.from(environment);
        ServiceCommand command = new ServiceCommand(root, topology, database, sharedEnvironment(queues, telemetry),
                ServiceClients.generate(topology, new SecureRandom())
                        .addedTo(Map.of(topology.tokenIssuer().name(), admin.environment())),
                ObservabilityEnvironment.notPassedOn(options.sampling()));
        Supervisor supervisor = new Supervisor(topology.services(), command::processFor,
                new TelemetryLogTap(telemetry.buffer(), new LogRelay(console, renderer)),
                new ServiceProgress(console, renderer, failures), Supervisor.Timeouts.DEFAULT);
        openResources.push(supervisor::stopAll);
        Edge edge = startEdge(supervisor, new TelemetryApi(telemetry.buffer()));

        supervisor.startAll().join();
        Banner banner = new Banner("http://localhost:" + edge.port(), options, topology, database,
                externalDatabase.isEmpty(), queues, telemetry, admin);
        console.plain(String.join(System.lineSeparator(), banner.lines()));
        awaitShutdown();
    }

    private <T extends AutoCloseable> T opened(T resource) {
        openResources.push(resource);
        return resource;
    }

    private Optional<DatabaseTarget> configuredDatabase() {
        try {
            return DatabaseTarget.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw failures.exit(ExitCode.CANNOT_START, e.getMessage());
        }
    }

    private int port(String variable, int byDefault) {
        return Integer.parseInt(environment.getOrDefault(variable, Integer.toString(byDefault)));
    }

    private Edge startEdge(ServiceControl services, TelemetryApi telemetry) {
        Optional<StaticFiles> frontEnd = Optional.empty();
        if (options.frontEnd()) {
            Path out = root.resolve("frontend").resolve("out");
            if (!Files.isRegularFile(out.resolve("index.html"))) {
                console.launcher("warning: the front end is not built (" + root.relativize(out)
                        + "/index.html is missing); ./shop run builds it. Serving the APIs only for now.");
            }
            frontEnd = Optional.of(new StaticFiles(out));
        }
        Map<String, URI> origins = new LinkedHashMap<>();
        topology.services().forEach(service -> origins.put(service.name(), service.origin()));
        EdgeLog edgeLog = (requestId, message) -> console.launcher("edge: " + message + " [request " + requestId + "]");
        InternalRoutes internalRoutes = InternalRoutes.load(root.resolve("api"), topology.serviceNames());
        ApiProxy api = new ApiProxy(origins, internalRoutes, ApiProxy.Timeouts.DEFAULT, edgeLog);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port());
        try {
            return opened(Edge.start(address, new Edge.Handlers(api, new ControlApi(services), telemetry, frontEnd),
                    SecurityHeaders.load(root), edgeLog));
        } catch (BindException e) {
            throw failures.exit(ExitCode.CANNOT_START, "port " + options.port() + " was taken while the shop started");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What every service is told alike: where the queues are, who issues the tokens they accept, and how
     * they are observed ({@link ObservabilityEnvironment}). The issuer is named by its public URL, as the
     * browser sees it; the keys are fetched from the issuing service directly, so that checking a token does
     * not depend on the edge.
     */
    private Map<String, String> sharedEnvironment(EmbeddedQueues queues, TelemetrySink telemetry) {
        String issuer = "http://localhost:" + options.port() + topology.tokenIssuer().route();
        Map<String, String> shared = new LinkedHashMap<>(queues.environment());
        shared.put("SHOP_SECURITY_ISSUER", issuer);
        shared.put("SHOP_IDENTITY_ISSUER", issuer);
        shared.put("SHOP_SECURITY_JWKS_URI", topology.tokenIssuer().baseUrl() + "/.well-known/jwks.json");
        shared.putAll(ObservabilityEnvironment.of(options.observability(), options.sampling(),
                telemetry.xrayDaemonAddress(), telemetry.otlpPort()));
        return shared;
    }

    private EmbeddedQueues startQueues() {
        console.launcher("starting the queues (ElasticMQ, SQS-compatible) on 127.0.0.1:" + options.queuePort() + "…");
        try {
            return opened(EmbeddedQueues.start(options.queuePort(), topology.queues()));
        } catch (RuntimeException e) {
            throw failures.exit(ExitCode.FAILED, "the queues did not start: " + e.getMessage());
        }
    }

    /** The embedded database starts empty every run: files its rows named last time would be orphans. */
    private void clearStorage() {
        try {
            new ServiceStorage(root).clear();
        } catch (UncheckedIOException e) {
            throw failures.exit(ExitCode.CANNOT_START, e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    private DatabaseTarget startEmbeddedDatabase() {
        Path serverLog = root.resolve(".shop").resolve("embedded-postgres.log");
        console.launcher("starting embedded PostgreSQL… (its log: " + root.relativize(serverLog) + ")");
        long start = System.nanoTime();
        try {
            EmbeddedDatabase database = opened(EmbeddedDatabase.start(serverLog));
            console.launcher("embedded PostgreSQL ready on 127.0.0.1:" + database.port() + " in "
                    + Console.seconds(Duration.ofNanos(System.nanoTime() - start)));
            return database.target();
        } catch (RuntimeException e) {
            throw failures.exit(ExitCode.FAILED, e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
        }
    }

    private void shutDown() {
        if (openResources.isEmpty()) {
            return;
        }
        console.launcher("stopping…");
        while (!openResources.isEmpty()) {
            try {
                openResources.pop().close();
            } catch (Exception e) {
                console.launcher("warning: " + e.getMessage());
            }
        }
        // anything a child started and left behind must not outlive the launcher
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        console.launcher("stopped");
    }

    /** The services run in their own processes; this thread only has to outlive them. */
    private static void awaitShutdown() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package o11yshop.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import o11yshop.launcher.supervisor.ServiceSpec;
import o11yshop.launcher.supervisor.Supervisor;
import o11yshop.launcher.telemetry.OtlpHttpReceiver;
import o11yshop.launcher.telemetry.TelemetryApi;
import o11yshop.launcher.telemetry.TelemetryBuffer;
import o11yshop.launcher.telemetry.TelemetryLogTap;
import o11yshop.launcher.telemetry.XRayDaemonListener;

/**
 * {@code ./shop run}: the whole shop on one machine, with one command and without Docker. Starts the
 * edge, a database, and every service of {@link ServiceSpec#ALL} as its own JVM; stops all of it on
 * Ctrl-C or when one of the services dies.
 */
public final class Launcher implements Supervisor.Listener {

    private final LauncherOptions options;
    private final Map<String, String> environment;
    private final Console console;
    private final LogLineRenderer renderer;
    /** Closed last-opened-first by the shutdown hook: services before the database they use. */
    private final Deque<AutoCloseable> openResources = new ConcurrentLinkedDeque<>();

    private Launcher(LauncherOptions options, Map<String, String> environment) {
        this.options = options;
        this.environment = environment;
        this.console = new Console(System.out, Console.colourSuits(environment),
                ServiceSpec.ALL.stream().map(ServiceSpec::name).toList());
        this.renderer = new LogLineRenderer(options.rawLogs(), ZoneId.systemDefault());
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
        new Launcher(options, environment).run();
    }

    private void run() {
        Path root = RepositoryRoot.find(environment)
                .orElseThrow(() -> fail(ExitCode.CANNOT_START, "cannot find the o11y-shop folder: run from inside it, or set SHOP_ROOT"));
        checkJarsExist(root);
        Optional<DatabaseTarget> externalDatabase = configuredDatabase();
        checkPortsFree();
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown, "launcher-shutdown"));

        externalDatabase.ifPresent(external -> console.launcher("using the database at " + external.describe()));
        if (externalDatabase.isEmpty()) {
            clearStorage(root);
        }
        DatabaseTarget database = externalDatabase.orElseGet(() -> startEmbeddedDatabase(root));
        EmbeddedQueues queues = startQueues();
        TelemetryBuffer telemetry = new TelemetryBuffer(TelemetryBuffer.Limits.DEFAULT, Clock.systemUTC());
        Optional<XRayDaemonListener> xrayDaemon = startXRayDaemon(telemetry);
        Optional<OtlpHttpReceiver> otlpReceiver = startOtlpReceiver(telemetry);
        AdminAccount admin = AdminAccount.from(environment);
        ServiceCommand command = new ServiceCommand(root, database, sharedEnvironment(queues, xrayDaemon),
                ServiceClients.generate(new SecureRandom()).addedTo(Map.of(ServiceSpec.TOKEN_ISSUER, admin.environment())),
                ObservabilityEnvironment.notPassedOn(options.sampling()));
        Supervisor supervisor = new Supervisor(ServiceSpec.ALL, command::processFor,
                new TelemetryLogTap(telemetry, new LogRelay(console, renderer)), this, Supervisor.Timeouts.DEFAULT);
        openResources.push(supervisor::stopAll);
        Edge edge = startEdge(root, supervisor, new TelemetryApi(telemetry));

        supervisor.startAll().join();
        String edgeUrl = "http://localhost:" + edge.port();
        console.plain(String.join(System.lineSeparator(),
                Banner.lines(edgeUrl, options.frontEnd(), ServiceSpec.ALL, describe(database, externalDatabase.isEmpty()),
                        queues.endpoint() + " (ElasticMQ; queues " + EmbeddedQueues.ORDER_EVENTS + ", "
                                + EmbeddedQueues.ORDER_EVENTS + "-dlq)",
                        "observability " + options.observability() + ", sampling " + describeSampling()
                                + "; " + xrayDaemon
                                .map(daemon -> "X-Ray daemon protocol on udp " + addressOf(daemon))
                                .orElse("X-Ray not caught: udp " + xrayDaemonPort() + " is taken (a real X-Ray daemon?)")
                                + "; " + otlpReceiver
                                .map(receiver -> "OTLP/HTTP on " + addressOf(receiver))
                                .orElse("OTLP not caught: tcp " + otlpPort() + " is taken (a real collector?)")
                                + "; see " + edgeUrl + "/lab",
                        admin.email() + "  password: " + (admin.generated() ? admin.password() + "  (new every run)"
                                : "as set in SHOP_ADMIN_PASSWORD"))));
        awaitShutdown();
    }

    private void checkJarsExist(Path root) {
        List<String> missing = ServiceSpec.ALL.stream()
                .map(service -> service.jar(root))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> root.relativize(jar).toString())
                .toList();
        if (!missing.isEmpty()) {
            throw fail(ExitCode.CANNOT_START, "not built yet: " + String.join(", ", missing)
                    + ". Run ./shop run (it builds what is missing) or ./mvnw -B -DskipTests package.");
        }
    }

    private Optional<DatabaseTarget> configuredDatabase() {
        try {
            return DatabaseTarget.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw fail(ExitCode.CANNOT_START, e.getMessage());
        }
    }

    /**
     * Checked before anything starts. A service's port that is taken would make its start fail, or
     * worse, let another program (often a service left from an earlier run) answer its readiness check.
     */
    private void checkPortsFree() {
        if (!isFree(options.port())) {
            throw fail(ExitCode.CANNOT_START, "port " + options.port()
                    + " is already in use; choose another with --port or SHOP_PORT");
        }
        if (!isFree(options.queuePort())) {
            throw fail(ExitCode.CANNOT_START, "port " + options.queuePort()
                    + " (the queues) is already in use; choose another with SHOP_QUEUE_PORT");
        }
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (!isFree(service.port())) {
                throw fail(ExitCode.CANNOT_START, "port " + service.port() + " (" + service.name()
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

    private Edge startEdge(Path root, ServiceControl services, TelemetryApi telemetry) {
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
        ServiceSpec.ALL.forEach(service -> origins.put(service.name(), service.origin()));
        EdgeLog edgeLog = (requestId, message) -> console.launcher("edge: " + message + " [request " + requestId + "]");
        InternalRoutes internalRoutes = InternalRoutes.load(root.resolve("api"), List.copyOf(origins.keySet()));
        ApiProxy api = new ApiProxy(origins, internalRoutes, ApiProxy.Timeouts.DEFAULT, edgeLog);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port());
        try {
            Edge edge = Edge.start(address, new Edge.Handlers(api, new ControlApi(services), telemetry, frontEnd),
                    SecurityHeaders.load(root), edgeLog);
            openResources.push(edge);
            return edge;
        } catch (BindException e) {
            throw fail(ExitCode.CANNOT_START, "port " + options.port() + " was taken while the shop started");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What every service is told alike: where the queues are, who issues the tokens they accept, and how
     * they are observed ({@link ObservabilityEnvironment}). The issuer is named by its public URL, as the browser sees it; the keys are fetched from the
     * identity service directly, so that checking a token does not depend on the edge.
     */
    private Map<String, String> sharedEnvironment(EmbeddedQueues queues, Optional<XRayDaemonListener> xrayDaemon) {
        ServiceSpec identity = ServiceSpec.named(ServiceSpec.TOKEN_ISSUER).orElseThrow();
        String issuer = "http://localhost:" + options.port() + identity.contextPath();
        Map<String, String> shared = new LinkedHashMap<>(queues.environment());
        shared.put("SHOP_SECURITY_ISSUER", issuer);
        shared.put("SHOP_IDENTITY_ISSUER", issuer);
        shared.put("SHOP_SECURITY_JWKS_URI", identity.baseUrl() + "/.well-known/jwks.json");
        shared.putAll(ObservabilityEnvironment.of(options.observability(), options.sampling(),
                xrayDaemon.map(Launcher::addressOf), otlpPort()));
        return shared;
    }

    /**
     * Plays the X-Ray daemon where the SDK looks for one (UDP 127.0.0.1:2000, or SHOP_XRAY_DAEMON_PORT).
     * A learner who runs a real daemon there keeps it: the shop then sends it the segments instead.
     */
    private Optional<XRayDaemonListener> startXRayDaemon(TelemetryBuffer telemetry) {
        try {
            XRayDaemonListener daemon = XRayDaemonListener.start(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), xrayDaemonPort()), telemetry);
            openResources.push(daemon);
            return Optional.of(daemon);
        } catch (SocketException e) {
            console.launcher("warning: udp " + xrayDaemonPort() + " is taken; the launcher does not catch X-Ray segments");
            return Optional.empty();
        }
    }

    private int xrayDaemonPort() {
        return Integer.parseInt(environment.getOrDefault("SHOP_XRAY_DAEMON_PORT", "2000"));
    }

    private static String addressOf(XRayDaemonListener daemon) {
        return daemon.address().getHostString() + ":" + daemon.address().getPort();
    }

    /**
     * Plays an OpenTelemetry Collector's OTLP/HTTP receiver where the exporters look for one (TCP
     * 127.0.0.1:4318, or SHOP_OTLP_PORT). A learner who runs a real collector there keeps it: the shop
     * then sends it the telemetry instead.
     */
    private Optional<OtlpHttpReceiver> startOtlpReceiver(TelemetryBuffer telemetry) {
        try {
            OtlpHttpReceiver receiver = OtlpHttpReceiver.start(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), otlpPort()), telemetry);
            openResources.push(receiver);
            return Optional.of(receiver);
        } catch (BindException e) {
            console.launcher("warning: tcp " + otlpPort() + " is taken; the launcher does not catch OTLP");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int otlpPort() {
        return Integer.parseInt(environment.getOrDefault("SHOP_OTLP_PORT", "4318"));
    }

    private static String addressOf(OtlpHttpReceiver receiver) {
        return receiver.address().getHostString() + ":" + receiver.address().getPort();
    }

    private EmbeddedQueues startQueues() {
        console.launcher("starting the queues (ElasticMQ, SQS-compatible) on 127.0.0.1:" + options.queuePort() + "…");
        try {
            EmbeddedQueues queues = EmbeddedQueues.start(options.queuePort());
            openResources.push(queues);
            return queues;
        } catch (RuntimeException e) {
            throw fail(ExitCode.FAILED, "the queues did not start: " + e.getMessage());
        }
    }

    /** The embedded database starts empty every run: files its rows named last time would be orphans. */
    private void clearStorage(Path root) {
        try {
            new ServiceStorage(root).clear();
        } catch (UncheckedIOException e) {
            throw fail(ExitCode.CANNOT_START, e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    private DatabaseTarget startEmbeddedDatabase(Path root) {
        Path serverLog = root.resolve(".shop").resolve("embedded-postgres.log");
        console.launcher("starting embedded PostgreSQL… (its log: " + root.relativize(serverLog) + ")");
        long start = System.nanoTime();
        try {
            EmbeddedDatabase database = EmbeddedDatabase.start(serverLog);
            openResources.push(database);
            console.launcher("embedded PostgreSQL ready on 127.0.0.1:" + database.port() + " in " + seconds(since(start)));
            return database.target();
        } catch (RuntimeException e) {
            throw fail(ExitCode.FAILED, e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
        }
    }

    @Override
    public void starting(ServiceSpec service) {
        console.launcher(service.name() + " starting");
    }

    @Override
    public void ready(ServiceSpec service, Duration took) {
        console.launcher(service.name() + " ready in " + seconds(took));
    }

    @Override
    public void stopped(ServiceSpec service) {
        console.launcher(service.name() + " stopped on request; start it again with POST /_launcher/services/"
                + service.name() + "/start");
    }

    @Override
    public void notReady(ServiceSpec service, Duration timeout, List<String> lastLines) {
        reportLastLines(service, lastLines);
        throw fail(ExitCode.NOT_READY, service.name() + " did not become ready within " + seconds(timeout)
                + " (" + service.readinessUrl() + " never answered 200); stopping everything");
    }

    @Override
    public void exitedUnexpectedly(ServiceSpec service, int exitCode, List<String> lastLines) {
        reportLastLines(service, lastLines);
        throw fail(ExitCode.SERVICE_DIED, service.name() + " stopped unexpectedly (exit code " + exitCode
                + "); stopping everything");
    }

    private void reportLastLines(ServiceSpec service, List<String> lastLines) {
        console.launcher(service.name() + "'s last log lines:");
        lastLines.forEach(line -> console.lines(service.name(), renderer.render(line)));
    }

    /** Says why, then exits; the shutdown hook stops whatever was started. */
    private Error fail(ExitCode exitCode, String message) {
        console.launcher("error: " + message);
        System.exit(exitCode.code());
        return new AssertionError("System.exit returned");
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

    private String describeSampling() {
        if (options.observability().equals("off")) {
            return options.sampling() + " (nothing is traced in mode off)";
        }
        return options.sampling().equals("all") ? "all (every request is traced)"
                : "default (the approach's own: most requests are not traced)";
    }

    private static String describe(DatabaseTarget database, boolean embedded) {
        return (embedded ? "embedded PostgreSQL " : "") + database.describe()
                + (database.user().isEmpty() ? "" : " (user " + database.user() + ")");
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}

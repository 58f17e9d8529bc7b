package o11yshop.benchmark.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A shop the driver starts for one run: the launcher with the embedded PostgreSQL and a JVM per service,
 * without the front end, on the given port; stopped when closed.
 *
 * @param startSeconds from starting the launcher until every service reported running
 * @param notCaught the launcher's warnings that telemetry went to another program; empty when it caught all
 */
record LaunchedShop(ChildProcess launcher, LauncherApi api, int startSeconds, String notCaught)
        implements AutoCloseable {

    static final Path LAUNCHER_JAR = Path.of("launcher/target/launcher.jar");
    static final Path LOG = Path.of(".shop/bench-launcher.log");
    private static final Pattern NOT_CAUGHT = Pattern.compile("(X-Ray|OTLP) not caught: [^;]*");

    /** The launcher runs services/[name]/target/[name]-exec.jar for every folder in services/ that has a pom. */
    static void buildJars(boolean rebuild) {
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(LAUNCHER_JAR)) {
            missing.add(LAUNCHER_JAR.toString());
        }
        try (Stream<Path> services = Files.list(Path.of("services"))) {
            services.filter(service -> Files.isRegularFile(service.resolve("pom.xml"))).sorted().forEach(service -> {
                Path jar = service.resolve("target").resolve(service.getFileName() + "-exec.jar");
                if (!Files.isRegularFile(jar)) {
                    missing.add(jar.toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!rebuild && missing.isEmpty()) {
            return;
        }
        Bench.say("building the services and the launcher"
                + (missing.isEmpty() ? "" : " (missing: " + String.join(" ", missing) + ")") + "…");
        try {
            int status = new ProcessBuilder("./mvnw", "-B", "-q", "-DskipTests", "package").inheritIO()
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start().waitFor();
            if (status != 0) {
                throw new BenchFailure("the build failed (exit code " + status + ")");
            }
        } catch (IOException e) {
            throw new BenchFailure("could not run ./mvnw: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
    }

    static LaunchedShop start(String java, int port, String mode, String sampling, int timeoutSeconds) {
        // a shop already on the port would answer the readiness poll and be measured instead of this one
        if (answers(port)) {
            throw new BenchFailure("port " + port + " is in use (another shop?); stop it, pick another with --port,"
                    + " or measure it with --url");
        }
        try {
            Files.createDirectories(LOG.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Bench.say("starting the shop on port " + port + " (log: " + LOG + ")…");
        ChildProcess launcher = ChildProcess.start(List.of(java, "-jar", LAUNCHER_JAR.toString(),
                        "--port", Integer.toString(port), "--no-frontend", "--observability", mode, "--sampling", sampling),
                LOG, () -> Bench.say("stopping the shop…"));
        try {
            return waitUntilRunning(launcher, new LauncherApi("http://127.0.0.1:" + port), timeoutSeconds);
        } catch (RuntimeException notRunning) {
            launcher.close();
            throw notRunning;
        }
    }

    private static LaunchedShop waitUntilRunning(ChildProcess launcher, LauncherApi api, int timeoutSeconds) {
        long started = System.nanoTime();
        while (!api.allServicesRunning()) {
            if (!launcher.isAlive()) {
                Bench.showTail(LOG);
                throw new BenchFailure("the launcher exited before the shop was running (log: " + LOG + ")");
            }
            if (secondsSince(started) > timeoutSeconds) {
                Bench.showTail(LOG);
                throw new BenchFailure("the shop was not running within " + timeoutSeconds + " s (log: " + LOG + ")");
            }
            sleep(2000);
        }
        int startSeconds = secondsSince(started);
        Bench.say("the shop is running (" + startSeconds + " s)");
        LaunchedShop shop = new LaunchedShop(launcher, api, startSeconds, notCaught(logLines()));
        shop.checkOwnServices();
        if (!shop.notCaught.isEmpty()) {
            Bench.say("warning: " + shop.notCaught + "; the telemetry volume will miss what went there");
        }
        return shop;
    }

    /** Another program on the X-Ray daemon's or the OTLP port gets the telemetry, and the volume misses it. */
    static String notCaught(List<String> launcherLog) {
        List<String> warnings = new ArrayList<>();
        for (String line : launcherLog) {
            Matcher matcher = NOT_CAUGHT.matcher(line);
            while (matcher.find()) {
                warnings.add(matcher.group());
            }
        }
        return String.join("; ", warnings);
    }

    /** The processes whose CPU and memory the report shows: the edge, each service, and PostgreSQL. */
    List<ResourceUsage.MeasuredProcess> processes() {
        List<ResourceUsage.MeasuredProcess> processes = new ArrayList<>();
        if (!launcher.isAlive()) {
            return processes;
        }
        processes.add(new ResourceUsage.MeasuredProcess("edge (launcher JVM)", launcher.pid(), false, false));
        api.services().orElse(List.of()).stream().filter(service -> service.pid() != null).forEach(service ->
                processes.add(new ResourceUsage.MeasuredProcess(service.name(), service.pid(), false, true)));
        ProcFs.databasePort(logLines()).ifPresent(port -> ProcFs.postmasterOnPort((int) port).ifPresent(pid ->
                processes.add(new ResourceUsage.MeasuredProcess("PostgreSQL (embedded)", pid, true, false))));
        return processes;
    }

    /**
     * The launcher gives each service a fixed port. If another shop on this machine already holds one, the
     * launcher's readiness check can pass against that shop's service, and this run would measure it.
     */
    private void checkOwnServices() {
        for (LauncherApi.Service service : api.services().orElse(List.of())) {
            if (service.pid() != null && !ProcFs.listensOn(service.pid(), service.port())) {
                throw new BenchFailure("port " + service.port() + " is held by another process, not by this shop's "
                        + service.name() + " (pid " + service.pid() + "): is another shop running?");
            }
        }
    }

    @Override
    public void close() {
        launcher.close();
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> logLines() {
        return Bench.lines(LOG);
    }

    static int secondsSince(long nanoTime) {
        return (int) ((System.nanoTime() - nanoTime) / 1_000_000_000L);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
    }
}

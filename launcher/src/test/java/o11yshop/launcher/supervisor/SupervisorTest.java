package o11yshop.launcher.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import o11yshop.launcher.topology.ServiceSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs real child JVMs ({@link FakeService}), as the launcher runs the services. */
class SupervisorTest {

    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final Supervisor.Timeouts QUICK = new Supervisor.Timeouts(
            GENEROUS, Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofMillis(100));

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private Supervisor supervisor;

    @AfterEach
    void stopEverything() {
        if (supervisor != null) {
            supervisor.stopAll();
        }
    }

    @Test
    void startsEveryServiceAndReportsWhenEachIsReady() throws Exception {
        supervisor = supervise(Map.of("alpha", "ready", "beta", "ready"), QUICK);

        supervisor.startAll().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);

        assertThat(supervisor.statuses()).allSatisfy(status -> {
            assertThat(status.state()).isEqualTo(ServiceState.RUNNING);
            assertThat(status.pid()).isNotNull();
        });
        assertThat(events).contains("starting alpha", "starting beta", "ready alpha", "ready beta");
        await(() -> logLines.contains("alpha: " + jsonStartedLineOf("alpha").orElse("?")));
    }

    @Test
    void aServiceStoppedOnPurposeLeavesTheOthersRunningAndCanStartAgain() throws Exception {
        supervisor = supervise(Map.of("alpha", "ready", "beta", "ready"), QUICK);
        supervisor.startAll().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
        long alphaPid = status("alpha").pid();

        ServiceStatus stopped = supervisor.stop("alpha").orElseThrow();

        assertThat(stopped.state()).isEqualTo(ServiceState.STOPPED);
        assertThat(stopped.pid()).isNull();
        assertThat(ProcessHandle.of(alphaPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(status("beta").state()).isEqualTo(ServiceState.RUNNING);

        ServiceStatus restarted = supervisor.start("alpha").orElseThrow();

        assertThat(restarted.state()).isIn(ServiceState.STARTING, ServiceState.RUNNING);
        assertThat(restarted.pid()).isNotNull().isNotEqualTo(alphaPid);
        await(() -> status("alpha").state() == ServiceState.RUNNING);
        assertThat(events).contains("stopped alpha").noneMatch(event -> event.startsWith("exited"));
    }

    @Test
    void anUnexpectedExitIsReportedWithItsExitCodeAndLastLines() throws Exception {
        supervisor = supervise(Map.of("alpha", "ready", "beta", "ready"), QUICK);
        supervisor.startAll().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);

        crash("beta");

        await(() -> events.contains("exited beta " + FakeService.CRASH_EXIT_CODE + " crashing on request"));
        assertThat(status("beta").state()).isEqualTo(ServiceState.STOPPED);
        assertThat(events).noneMatch(event -> event.startsWith("exited alpha"));
    }

    @Test
    void stoppingEverythingIsNotReportedAsACrash() throws Exception {
        supervisor = supervise(Map.of("alpha", "ready"), QUICK);
        supervisor.startAll().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);

        supervisor.stopAll();

        assertThat(status("alpha").state()).isEqualTo(ServiceState.STOPPED);
        Thread.sleep(QUICK.exitGrace().multipliedBy(5).toMillis());
        assertThat(events).noneMatch(event -> event.startsWith("exited") || event.startsWith("stopped"));
    }

    @Test
    void aServiceThatNeverGetsReadyIsReported() throws Exception {
        supervisor = supervise(Map.of("alpha", "never-ready"),
                new Supervisor.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMillis(100), Duration.ofMillis(100)));

        supervisor.startAll();

        await(() -> events.contains("not ready alpha"));
        assertThat(status("alpha").state()).isEqualTo(ServiceState.STARTING);
    }

    @Test
    void stoppingAServiceAlsoEndsTheProcessesItStarted() throws Exception {
        supervisor = supervise(Map.of("alpha", "with-child"), QUICK);
        supervisor.startAll().get(GENEROUS.toSeconds(), TimeUnit.SECONDS);
        await(() -> logLines.stream().anyMatch(line -> line.startsWith("alpha: child pid ")));
        long childPid = logLines.stream().filter(line -> line.startsWith("alpha: child pid "))
                .map(line -> Long.parseLong(line.substring("alpha: child pid ".length())))
                .findFirst().orElseThrow();

        supervisor.stop("alpha");

        await(() -> ProcessHandle.of(childPid).filter(ProcessHandle::isAlive).isEmpty());
    }

    private Supervisor supervise(Map<String, String> modes, Supervisor.Timeouts timeouts) throws IOException {
        List<ServiceSpec> specs = new ArrayList<>();
        for (String name : new TreeSet<>(modes.keySet())) {
            specs.add(new ServiceSpec(name, freePort(), "/api/" + name,
                    new ServiceSpec.Health("/actuator/health/liveness", "/actuator/health/readiness"),
                    List.of(), Optional.empty(), Optional.empty()));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = testClasses().toString();
        return new Supervisor(specs,
                spec -> new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                        FakeService.class.getName(), spec.name(), Integer.toString(spec.port()), modes.get(spec.name())),
                (source, line) -> logLines.add(source + ": " + line),
                new RecordingListener(), timeouts);
    }

    private Optional<String> jsonStartedLineOf(String name) {
        return logLines.stream()
                .filter(line -> line.startsWith(name + ": {") && line.contains(name + " started"))
                .map(line -> line.substring((name + ": ").length()))
                .findFirst();
    }

    private ServiceStatus status(String name) {
        return supervisor.statuses().stream().filter(status -> status.name().equals(name)).findFirst().orElseThrow();
    }

    private void crash(String name) throws Exception {
        URI crash = URI.create("http://127.0.0.1:" + status(name).port() + "/api/" + name + "/crash");
        try (HttpClient client = HttpClient.newHttpClient()) {
            client.send(HttpRequest.newBuilder(crash).build(), BodyHandlers.discarding());
        } catch (IOException e) {
            // the connection ends with the process: that is the point
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within %s", GENEROUS).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class RecordingListener implements Supervisor.Listener {
        @Override
        public void starting(ServiceSpec service) {
            events.add("starting " + service.name());
        }

        @Override
        public void ready(ServiceSpec service, Duration took) {
            events.add("ready " + service.name());
        }

        @Override
        public void stopped(ServiceSpec service) {
            events.add("stopped " + service.name());
        }

        @Override
        public void notReady(ServiceSpec service, Duration timeout, List<String> lastLines) {
            events.add("not ready " + service.name());
        }

        @Override
        public void exitedUnexpectedly(ServiceSpec service, int exitCode, List<String> lastLines) {
            events.add("exited " + service.name() + " " + exitCode + " " + lastLines.getLast());
        }
    }
}

package o11yshop.launcher.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import o11yshop.launcher.topology.ServiceSpec;

/**
 * Runs the services as child processes: starts them in parallel, tells when each is ready, stops them
 * on request or all together, and reports a service that ends without being asked to.
 */
public final class Supervisor implements ServiceControl {

    /** What the supervisor reports; the launcher turns it into progress lines and exit codes. */
    public interface Listener {
        void starting(ServiceSpec service);

        void ready(ServiceSpec service, Duration took);

        /** Stopped on request; the others keep running. */
        void stopped(ServiceSpec service);

        void notReady(ServiceSpec service, Duration timeout, List<String> lastLines);

        void exitedUnexpectedly(ServiceSpec service, int exitCode, List<String> lastLines);
    }

    /**
     * @param readiness how long a service may take to answer its readiness check with 200
     * @param stopGrace how long a service may take to shut down gracefully before it is killed
     * @param exitGrace how long an unexpected exit waits before it is reported (see {@link #onExit})
     */
    public record Timeouts(Duration readiness, Duration stopGrace, Duration exitGrace, Duration pollInterval) {
        public static final Timeouts DEFAULT = new Timeouts(
                Duration.ofSeconds(180), Duration.ofSeconds(15), Duration.ofSeconds(1), Duration.ofMillis(250));
    }

    private final Map<String, ManagedProcess> services = new LinkedHashMap<>();
    private final Listener listener;
    private final Timeouts timeouts;
    private final HttpClient probeClient = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private volatile boolean shuttingDown;

    public Supervisor(List<ServiceSpec> specs, Function<ServiceSpec, ProcessBuilder> commands, LogSink logSink,
            Listener listener, Timeouts timeouts) {
        this.listener = listener;
        this.timeouts = timeouts;
        for (ServiceSpec spec : specs) {
            services.put(spec.name(), new ManagedProcess(spec, () -> commands.apply(spec), logSink, this::onExit));
        }
    }

    /** Starts every service at once; completes when all of them are ready. */
    public CompletableFuture<Void> startAll() {
        return CompletableFuture.allOf(services.values().stream()
                .map(this::launch)
                .toArray(CompletableFuture[]::new));
    }

    @Override
    public List<ServiceStatus> statuses() {
        return services.values().stream().map(ManagedProcess::status).toList();
    }

    @Override
    public Optional<ServiceStatus> stop(String name) {
        return Optional.ofNullable(services.get(name)).map(service -> {
            if (service.status().state() != ServiceState.STOPPED) {
                service.stop(timeouts.stopGrace());
                listener.stopped(service.spec());
            }
            return service.status();
        });
    }

    @Override
    public Optional<ServiceStatus> start(String name) {
        return Optional.ofNullable(services.get(name)).map(service -> {
            launch(service);
            return service.status();
        });
    }

    /**
     * Stops every service, in parallel since each may take its whole grace period; on platform threads,
     * because a virtual thread waiting inside {@code synchronized} holds its carrier on JDK 21.
     */
    public void stopAll() {
        shuttingDown = true;
        List<Thread> stoppers = services.values().stream()
                .map(service -> Thread.ofPlatform().start(() -> service.stop(timeouts.stopGrace())))
                .toList();
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private CompletableFuture<Void> launch(ManagedProcess service) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Process started;
        try {
            started = service.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.spec().name(), e);
        }
        if (started == null) {
            ready.complete(null);
            return ready;
        }
        listener.starting(service.spec());
        Thread.ofVirtual().name(service.spec().name() + "-readiness")
                .start(() -> awaitReadiness(service, started, ready));
        return ready;
    }

    private void awaitReadiness(ManagedProcess service, Process started, CompletableFuture<Void> ready) {
        long startNanos = System.nanoTime();
        URI readinessUrl = service.spec().readinessUrl();
        while (service.isCurrent(started) && started.isAlive()) {
            Duration waited = Duration.ofNanos(System.nanoTime() - startNanos);
            if (answersReady(readinessUrl)) {
                if (service.markReady(started)) {
                    listener.ready(service.spec(), Duration.ofNanos(System.nanoTime() - startNanos));
                    ready.complete(null);
                }
                return;
            }
            if (waited.compareTo(timeouts.readiness()) > 0) {
                listener.notReady(service.spec(), timeouts.readiness(), service.recentLines());
                return;
            }
            try {
                Thread.sleep(timeouts.pollInterval());
            } catch (InterruptedException e) {
                return;
            }
        }
        // stopped on purpose, or ended on its own: onExit reports the latter
    }

    private boolean answersReady(URI readinessUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(readinessUrl).timeout(Duration.ofSeconds(2)).GET().build();
            return probeClient.send(request, BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Ctrl-C in a terminal signals the launcher's whole process group, so the services often end
     * before the launcher's shutdown hook has even started. The grace lets the hook say so before an
     * exit is taken for a crash.
     */
    private void onExit(ManagedProcess service, int exitCode) {
        if (shuttingDown) {
            return;
        }
        try {
            Thread.sleep(timeouts.exitGrace());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!shuttingDown) {
            listener.exitedUnexpectedly(service.spec(), exitCode, service.recentLines());
        }
    }
}

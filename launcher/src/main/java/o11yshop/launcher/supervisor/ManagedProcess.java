package o11yshop.launcher.supervisor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import o11yshop.launcher.topology.ServiceSpec;

/**
 * One service's operating-system process: started and stopped on request, its output relayed, its
 * exit watched. An exit the launcher did not ask for is reported through {@link ExitListener}; a stop
 * it asked for is not, which is what lets a learner stop a service on purpose.
 */
final class ManagedProcess {

    private static final int RECENT_LINE_COUNT = 40;
    /** How long the last lines of a process that has ended may take to come through its pipe. */
    private static final Duration OUTPUT_DRAIN = Duration.ofSeconds(2);

    @FunctionalInterface
    interface ExitListener {
        void exitedUnexpectedly(ManagedProcess service, int exitCode);
    }

    private final ServiceSpec spec;
    private final Supplier<ProcessBuilder> processBuilder;
    private final LogSink logSink;
    private final ExitListener exitListener;
    private final Deque<String> recentLines = new ArrayDeque<>();

    /** The running process; {@code null} while stopped, and cleared before a stop so its exit is expected. */
    private volatile Process process;
    private volatile ServiceState state = ServiceState.STOPPED;
    private volatile Thread outputRelay;

    ManagedProcess(ServiceSpec spec, Supplier<ProcessBuilder> processBuilder, LogSink logSink,
            ExitListener exitListener) {
        this.spec = spec;
        this.processBuilder = processBuilder;
        this.logSink = logSink;
        this.exitListener = exitListener;
    }

    ServiceSpec spec() {
        return spec;
    }

    ServiceStatus status() {
        Process current = process;
        return new ServiceStatus(spec.name(), spec.port(), state, current == null ? null : current.pid());
    }

    /** @return the new process, or {@code null} when one is already running or starting */
    synchronized Process start() throws IOException {
        if (state != ServiceState.STOPPED) {
            return null;
        }
        Process started = processBuilder.get().redirectErrorStream(true).start();
        process = started;
        state = ServiceState.STARTING;
        outputRelay = Thread.ofPlatform().daemon().name(spec.name() + "-output").start(() -> relayOutput(started));
        // on a thread of its own: an exit that already happened must not report from inside this lock,
        // and reporting waits for the last output lines
        started.onExit().thenRunAsync(() -> exited(started), task -> Thread.ofVirtual().start(task));
        return started;
    }

    /** @return whether this run of the process is the current one and has now become ready */
    synchronized boolean markReady(Process started) {
        if (started != process || state != ServiceState.STARTING) {
            return false;
        }
        state = ServiceState.RUNNING;
        return true;
    }

    boolean isCurrent(Process started) {
        return started == process;
    }

    /**
     * Asks the process to stop (SIGTERM, so Spring shuts down gracefully), forces it after the grace
     * period, and ends whatever processes it had started itself, so that nothing is left behind.
     */
    synchronized void stop(Duration grace) {
        Process stopping = process;
        if (stopping == null) {
            return;
        }
        process = null;
        terminate(stopping, grace);
        awaitOutput(outputRelay);
        state = ServiceState.STOPPED;
    }

    List<String> recentLines() {
        synchronized (recentLines) {
            return List.copyOf(recentLines);
        }
    }

    static void terminate(Process target, Duration grace) {
        List<ProcessHandle> descendants = target.descendants().toList();
        target.destroy();
        try {
            if (!target.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                target.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            target.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private void exited(Process ended) {
        Thread endedOutput;
        synchronized (this) {
            if (ended != process) {
                return;
            }
            process = null;
            state = ServiceState.STOPPED;
            endedOutput = outputRelay;
        }
        // the last lines usually say why it ended: they belong in the report
        awaitOutput(endedOutput);
        exitListener.exitedUnexpectedly(this, ended.exitValue());
    }

    private static void awaitOutput(Thread relay) {
        try {
            relay.join(OUTPUT_DRAIN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void relayOutput(Process source) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                remember(line);
                logSink.line(spec.name(), line);
            }
        } catch (IOException e) {
            // the pipe broke because the process ended: there is nothing more to read
        }
    }

    private void remember(String line) {
        synchronized (recentLines) {
            if (recentLines.size() == RECENT_LINE_COUNT) {
                recentLines.removeFirst();
            }
            recentLines.addLast(line);
        }
    }
}

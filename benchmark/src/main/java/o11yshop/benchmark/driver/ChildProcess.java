package o11yshop.benchmark.driver;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A program the driver starts (the launcher, Maven with Gatling), its output in a log file and no input.
 * Whatever way the driver ends, Ctrl-C included, it stops those still running: SIGTERM first, so that
 * the launcher stops the services and its database in order, then SIGKILL for anything of it left.
 */
final class ChildProcess implements AutoCloseable {

    private static final long STOP_WAIT_SECONDS = 30;
    private static final List<ChildProcess> RUNNING = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // the newest first: Gatling before the shop it loads
            List<ChildProcess> running = new ArrayList<>(RUNNING);
            for (int i = running.size() - 1; i >= 0; i--) {
                running.get(i).close();
            }
        }, "stop-children"));
    }

    private final Process process;
    private final Runnable beforeStopping;

    private ChildProcess(Process process, Runnable beforeStopping) {
        this.process = process;
        this.beforeStopping = beforeStopping;
    }

    static ChildProcess start(List<String> command, Path log, Runnable beforeStopping) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            ChildProcess child = new ChildProcess(process, beforeStopping);
            RUNNING.add(child);
            return child;
        } catch (IOException e) {
            throw new BenchFailure("could not start " + String.join(" ", command) + ": " + e.getMessage());
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the end; the exit code. */
    int waitFor() {
        try {
            int status = process.waitFor();
            close();
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
    }

    @Override
    public void close() {
        if (!RUNNING.remove(this)) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            beforeStopping.run();
            process.destroy();
            try {
                process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}

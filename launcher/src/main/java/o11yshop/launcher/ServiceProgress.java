package o11yshop.launcher;

import java.time.Duration;
import java.util.List;
import o11yshop.launcher.supervisor.Supervisor;
import o11yshop.launcher.topology.ServiceSpec;

/** The supervisor's reports as the learner reads them: progress lines, and an exit when a service fails. */
final class ServiceProgress implements Supervisor.Listener {

    private final Console console;
    private final LogLineRenderer renderer;
    private final Failures failures;

    ServiceProgress(Console console, LogLineRenderer renderer, Failures failures) {
        this.console = console;
        this.renderer = renderer;
        this.failures = failures;
    }

    @Override
    public void starting(ServiceSpec service) {
        console.launcher(service.name() + " starting");
    }

    @Override
    public void ready(ServiceSpec service, Duration took) {
        console.launcher(service.name() + " ready in " + Console.seconds(took));
    }

    @Override
    public void stopped(ServiceSpec service) {
        console.launcher(service.name() + " stopped on request; start it again with POST /_launcher/services/"
                + service.name() + "/start");
    }

    @Override
    public void notReady(ServiceSpec service, Duration timeout, List<String> lastLines) {
        reportLastLines(service, lastLines);
        throw failures.exit(ExitCode.NOT_READY, service.name() + " did not become ready within " + Console.seconds(timeout)
                + " (" + service.readinessUrl() + " never answered 200); stopping everything");
    }

    @Override
    public void exitedUnexpectedly(ServiceSpec service, int exitCode, List<String> lastLines) {
        reportLastLines(service, lastLines);
        throw failures.exit(ExitCode.SERVICE_DIED, service.name() + " stopped unexpectedly (exit code " + exitCode
                + "); stopping everything");
    }

    private void reportLastLines(ServiceSpec service, List<String> lastLines) {
        console.launcher(service.name() + "'s last log lines:");
        lastLines.forEach(line -> console.lines(service.name(), renderer.render(line)));
    }
}

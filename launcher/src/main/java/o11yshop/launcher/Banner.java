package o11yshop.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import o11yshop.launcher.localinfra.DatabaseTarget;
import o11yshop.launcher.localinfra.EmbeddedQueues;
import o11yshop.launcher.supervisor.AdminAccount;
import o11yshop.launcher.telemetry.TelemetrySink;
import o11yshop.launcher.topology.ServiceSpec;
import o11yshop.launcher.topology.Topology;

/**
 * What the learner sees once everything is ready: where to click, and how to stop.
 *
 * @param edgeUrl          e.g. {@code http://localhost:8080}
 * @param embeddedDatabase whether {@code database} is the launcher's own embedded PostgreSQL
 */
public record Banner(String edgeUrl, LauncherOptions options, Topology topology, DatabaseTarget database,
        boolean embeddedDatabase, EmbeddedQueues queues, TelemetrySink telemetry, AdminAccount admin) {

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("  o11y-shop is running");
        lines.add("");
        lines.add(row("Shop", options.frontEnd() ? edgeUrl : "(not served: --no-frontend)"));
        for (ServiceSpec service : topology.services()) {
            String api = edgeUrl + service.route();
            lines.add(row(service.name() + " API", api + "/docs"));
            lines.add(row("", "health: " + api + service.health().liveness()));
            lines.add(row("", "        " + api + service.health().readiness()));
        }
        lines.add(row("Services", edgeUrl + "/_launcher/services   (stop one: POST …/{name}/stop)"));
        lines.add(row("Database", databaseLine()));
        List<String> queueNames = queueNames();
        lines.add(row("Queues", queues.endpoint() + " (ElasticMQ; "
                + (queueNames.isEmpty() ? "no queues in the topology" : "queues " + String.join(", ", queueNames)) + ")"));
        lines.add(row("Traces", "observability " + options.observability() + ", sampling " + sampling()
                + "; " + telemetry.describe() + "; see " + edgeUrl + "/lab"));
        lines.add(row("Admin", admin.email() + "  password: "
                + (admin.generated() ? admin.password() + "  (new every run)" : "as set in SHOP_ADMIN_PASSWORD")));
        lines.add("");
        lines.add("  Ctrl-C stops everything.");
        lines.add("");
        return lines;
    }

    private String databaseLine() {
        return (embeddedDatabase ? "embedded PostgreSQL " : "") + database.describe()
                + (database.user().isEmpty() ? "" : " (user " + database.user() + ")");
    }

    private List<String> queueNames() {
        return topology.queues().stream()
                .flatMap(queue -> Stream.of(queue.name(), queue.deadLetterQueueName()))
                .toList();
    }

    private String sampling() {
        if (options.observability().equals("off")) {
            return options.sampling() + " (nothing is traced in mode off)";
        }
        return options.sampling().equals("all") ? "all (every request is traced)"
                : "default (the approach's own: most requests are not traced)";
    }

    private static String row(String label, String value) {
        return String.format("  %-15s %s", label, value);
    }
}

package o11yshop.launcher;

import java.util.ArrayList;
import java.util.List;
import o11yshop.launcher.supervisor.ServiceSpec;

/** What the learner sees once everything is ready: where to click, and how to stop. */
public final class Banner {

    private Banner() {
    }

    /**
     * @param edgeUrl  e.g. {@code http://localhost:8080}
     * @param frontEnd whether the edge serves the shop's pages
     * @param database one line on where the data lives
     * @param queues   one line on where the queues between the services are
     * @param traces   one line on where the services' X-Ray segments are caught
     * @param admin    one line on the admin account of this run
     */
    public static List<String> lines(String edgeUrl, boolean frontEnd, List<ServiceSpec> services, String database,
            String queues, String traces, String admin) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("  o11y-shop is running");
        lines.add("");
        lines.add(row("Shop", frontEnd ? edgeUrl : "(not served: --no-frontend)"));
        for (ServiceSpec service : services) {
            String api = edgeUrl + service.contextPath();
            lines.add(row(service.name() + " API", api + "/docs"));
            lines.add(row("", "health: " + api + "/actuator/health/liveness"));
            lines.add(row("", "        " + api + "/actuator/health/readiness"));
        }
        lines.add(row("Services", edgeUrl + "/_launcher/services   (stop one: POST …/{name}/stop)"));
        lines.add(row("Database", database));
        lines.add(row("Queues", queues));
        lines.add(row("Traces", traces));
        lines.add(row("Admin", admin));
        lines.add("");
        lines.add("  Ctrl-C stops everything.");
        lines.add("");
        return lines;
    }

    private static String row(String label, String value) {
        return String.format("  %-15s %s", label, value);
    }
}

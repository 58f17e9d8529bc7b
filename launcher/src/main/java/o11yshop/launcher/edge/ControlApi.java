package o11yshop.launcher.edge;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import o11yshop.launcher.supervisor.ServiceControl;
import o11yshop.launcher.supervisor.ServiceState;
import o11yshop.launcher.supervisor.ServiceStatus;
import tools.jackson.core.JsonGenerator;

/**
 * Lets a learner, or an end-to-end test, break the shop on purpose: list the services, stop one, start
 * it again. A stop through here is intentional, so the launcher keeps running.
 *
 * <pre>
 * GET  /_launcher/services               → 200 [{"name","port","state","pid"}, …]
 * POST /_launcher/services/{name}/stop   → 200 {…"state":"stopped"} once it has stopped
 * POST /_launcher/services/{name}/start  → 202 {…"state":"starting"} at once (200 if already running)
 * </pre>
 */
public final class ControlApi {

    public static final String PREFIX = "/_launcher/";
    private static final Pattern SERVICES = Pattern.compile("/_launcher/services/?");
    private static final Pattern ACTION = Pattern.compile("/_launcher/services/([^/]+)/(start|stop)");

    private final ServiceControl services;

    public ControlApi(ServiceControl services) {
        this.services = services;
    }

    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (SERVICES.matcher(path).matches()) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                methodNotAllowed(exchange, "GET, HEAD");
                return;
            }
            Responses.sendJson(exchange, 200, Responses.json(json -> writeStatuses(json, services.statuses())));
            return;
        }
        Matcher action = ACTION.matcher(path);
        if (!action.matches()) {
            Responses.sendProblem(exchange, 404, "route-not-found", "No such endpoint",
                    "The launcher's control API has GET /_launcher/services and"
                            + " POST /_launcher/services/{name}/stop|start.");
            return;
        }
        if (!method.equals("POST")) {
            methodNotAllowed(exchange, "POST");
            return;
        }
        String name = action.group(1);
        Function<String, Optional<ServiceStatus>> command =
                action.group(2).equals("stop") ? services::stop : services::start;
        Optional<ServiceStatus> status = command.apply(name);
        if (status.isEmpty()) {
            Responses.sendProblem(exchange, 404, "not-found", "Resource not found",
                    "No service is named '" + name + "'.");
            return;
        }
        // a start answers before the service is ready: 202 says "accepted, still under way"
        int code = status.get().state() == ServiceState.STARTING ? 202 : 200;
        Responses.sendJson(exchange, code, Responses.json(json -> writeStatus(json, status.get())));
    }

    private static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        Responses.sendProblem(exchange, 405, "method-not-allowed", "Method not allowed",
                exchange.getRequestMethod() + " is not supported here; use " + allowed + ".");
    }

    private static void writeStatuses(JsonGenerator json, List<ServiceStatus> statuses) {
        json.writeStartArray();
        statuses.forEach(status -> writeStatus(json, status));
        json.writeEndArray();
    }

    private static void writeStatus(JsonGenerator json, ServiceStatus status) {
        json.writeStartObject();
        json.writeStringProperty("name", status.name());
        json.writeNumberProperty("port", status.port());
        json.writeStringProperty("state", status.state().json());
        if (status.pid() == null) {
            json.writeNullProperty("pid");
        } else {
            json.writeNumberProperty("pid", status.pid().longValue());
        }
        json.writeEndObject();
    }
}

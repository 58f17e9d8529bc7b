package o11yshop.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one address a learner opens, standing in for CloudFront + ALB: {@code /api/**} goes to the
 * services, {@code /_launcher/telemetry/**} to the telemetry the launcher caught, the rest of
 * {@code /_launcher/**} to the control API, everything else to the static front end.
 */
public final class Edge implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final ApiProxy api;
    private final ControlApi control;
    private final TelemetryApi telemetry;
    private final Optional<StaticFiles> frontEnd;

    private Edge(HttpServer server, ExecutorService executor, ApiProxy api, ControlApi control, TelemetryApi telemetry,
            Optional<StaticFiles> frontEnd) {
        this.server = server;
        this.executor = executor;
        this.api = api;
        this.control = control;
        this.telemetry = telemetry;
        this.frontEnd = frontEnd;
    }

    /** @param frontEnd empty to serve only the APIs ({@code --no-frontend}) */
    public static Edge start(InetSocketAddress address, ApiProxy api, ControlApi control, TelemetryApi telemetry,
            Optional<StaticFiles> frontEnd) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        // a request that waits on a slow service costs a virtual thread, not a platform one
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        Edge edge = new Edge(server, executor, api, control, telemetry, frontEnd);
        server.createContext("/", edge::dispatch);
        server.setExecutor(executor);
        server.start();
        return edge;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            if (exchange.getResponseCode() == -1) {
                Responses.sendProblem(exchange, 500, "internal-error", "Internal error", "The edge failed: " + e);
            }
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.startsWith("/api/")) {
            api.handle(exchange);
        } else if (path.startsWith(TelemetryApi.PREFIX)) {
            telemetry.handle(exchange);
        } else if (path.startsWith(ControlApi.PREFIX)) {
            control.handle(exchange);
        } else if (frontEnd.isPresent()) {
            frontEnd.get().handle(exchange);
        } else {
            Responses.sendProblem(exchange, 404, "route-not-found", "No such endpoint",
                    "The front end is not served (--no-frontend); the APIs are under /api/<service>.");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        // in-flight requests to a service are abandoned, not waited for
        executor.shutdownNow();
    }
}

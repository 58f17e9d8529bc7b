package o11yshop.launcher.edge;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpHandler;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.coyote.http11.Http11NioProtocol;

/**
 * The one address a learner opens, standing in for CloudFront + ALB: {@code /api/**} goes to the
 * services, {@code /_launcher/telemetry/**} to the telemetry the launcher caught, the rest of
 * {@code /_launcher/**} to the control API, everything else to the static front end.
 *
 * <p>Like CloudFront, the edge puts the shop's security headers on every answer ({@link SecurityHeaders}),
 * and gives every request an ID that it passes on and names its log lines by. It runs on an embedded Tomcat,
 * not the JDK's HTTP server, because the JDK's answers a request line it cannot parse with a stock HTML page
 * before any handler runs; Tomcat lets the edge answer that too ({@link EdgeErrorReportValve}). Its Tomcat
 * refuses the same request lines a service's Tomcat refuses (both keep the defaults), so what passes the edge
 * is what a service can read, and anything it then refuses the service answers itself, relayed as it is.
 */
public final class Edge implements AutoCloseable {

    /** The handlers behind the edge; {@code telemetry} is the Lab's API, served by the telemetry sink. */
    public record Handlers(ApiProxy api, ControlApi control, HttpHandler telemetry, Optional<StaticFiles> frontEnd) {
    }

    private static final String TELEMETRY_PATHS = "/_launcher/telemetry/";

    /** More than the largest body a service takes (a 5 MB image), so that any refusal of one is heard. */
    private static final int MAX_SWALLOWED_BYTES = 16 * 1024 * 1024;
    private static final String REQUEST_ID = "X-Request-Id";
    /** A caller's request ID ends up in log lines and headers: only short, plain tokens, as the services take. */
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Held, so that the levels set on them stay: JUL keeps loggers only weakly. */
    private static final List<Logger> TOMCAT_LOGGERS =
            List.of(Logger.getLogger("org.apache.catalina"), Logger.getLogger("org.apache.coyote"), Logger.getLogger("org.apache.tomcat"));

    private final Tomcat tomcat;
    private final Path baseDirectory;
    private final Handlers handlers;
    private final SecurityHeaders securityHeaders;
    private final EdgeLog log;

    private Edge(Tomcat tomcat, Path baseDirectory, Handlers handlers, SecurityHeaders securityHeaders, EdgeLog log) {
        this.tomcat = tomcat;
        this.baseDirectory = baseDirectory;
        this.handlers = handlers;
        this.securityHeaders = securityHeaders;
        this.log = log;
    }

    /** @throws BindException when the address is taken */
    public static Edge start(InetSocketAddress address, Handlers handlers, SecurityHeaders securityHeaders, EdgeLog log)
            throws IOException {
        // Tomcat's start-up notes and its first note on each malformed request would crowd the console
        TOMCAT_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
        Path baseDirectory = Files.createTempDirectory("o11yshop-edge");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDirectory.toString());
        Connector connector = new Connector(Http11NioProtocol.class.getName());
        connector.setPort(address.getPort());
        connector.setProperty("address", address.getAddress().getHostAddress());
        // a request that waits on a slow service costs a virtual thread, not a platform one
        connector.setProperty("useVirtualThreads", "true");
        connector.setProperty("maxSwallowSize", Integer.toString(MAX_SWALLOWED_BYTES));
        connector.setThrowOnFailure(true);
        tomcat.setConnector(connector);

        Edge edge = new Edge(tomcat, baseDirectory, handlers, securityHeaders, log);
        StandardHost host = (StandardHost) tomcat.getHost();
        host.getPipeline().addValve(new EdgeErrorReportValve(securityHeaders, log));
        // the host adds a valve of this class only when it has none: the one above
        host.setErrorReportValveClass(EdgeErrorReportValve.class.getName());
        StandardContext context = (StandardContext) tomcat.addContext("", null);
        // the edge loads no web applications, so there is nothing of theirs to hunt for leaks on stop
        context.setClearReferencesRmiTargets(false);
        context.setClearReferencesThreadLocals(false);
        Tomcat.addServlet(context, "edge", edge.new EdgeServlet());
        context.addServletMappingDecoded("/", "edge");
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            edge.close();
            Optional<BindException> taken = bindFailure(e);
            if (taken.isPresent()) {
                throw taken.get();
            }
            throw new IOException("the edge could not start: " + e.getMessage(), e);
        }
        return edge;
    }

    private static Optional<BindException> bindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return Optional.of(bind);
            }
        }
        return Optional.empty();
    }

    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    private final class EdgeServlet extends HttpServlet {

        /** Every method goes to the handlers, which answer for themselves what they do not serve. */
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String requestId = acceptOrCreate(request.getHeader(REQUEST_ID));
            Consumer<Headers> edgeHeaders = headers -> {
                headers.set(REQUEST_ID, requestId);
                securityHeaders.applyTo(headers, request.isSecure());
            };
            String rawTarget = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            URI target;
            try {
                target = new URI(rawTarget);
            } catch (URISyntaxException e) {
                // Tomcat passes a few things that are no URI (a lone %, %ZZ, in the query mostly): no service could be asked them
                log.log(requestId, "refused a request target that is no URI (" + e.getReason() + "): " + printable(rawTarget));
                Headers headers = new Headers();
                headers.set("Content-Type", "application/problem+json");
                headers.set("Cache-Control", "no-store");
                edgeHeaders.accept(headers);
                headers.forEach((name, values) -> response.setHeader(ServletExchange.conventionalCase(name), values.getFirst()));
                response.setStatus(400);
                response.getOutputStream().write(Responses.problem(400, "malformed-request", "Malformed request",
                        "The URL is not well-formed: percent-encode reserved and non-ASCII characters, and % as %25.", null));
                return;
            }
            ServletExchange exchange = new ServletExchange(request, response, target, edgeHeaders);
            exchange.getRequestHeaders().set(REQUEST_ID, requestId);
            try {
                route(exchange, servicePath(request));
            } catch (RuntimeException e) {
                log.log(requestId, "failed on " + request.getMethod() + " " + printable(rawTarget) + ": " + e
                        + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
                if (exchange.getResponseCode() == -1) {
                    Responses.sendProblem(exchange, 500, "internal-error", "Internal error",
                            "The edge could not answer this request. Its request ID is " + requestId + ".");
                }
            } finally {
                exchange.close();
            }
        }
    }

    /**
     * The path as a service's Tomcat will read it: decoded, with dot segments, repeated slashes and path
     * parameters ({@code ;x=1}) resolved. The edge's Tomcat has done the same.
     */
    private static String servicePath(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private void route(ServletExchange exchange, String servicePath) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.startsWith("/api/")) {
            handlers.api().handle(exchange, servicePath);
        } else if (path.startsWith(TELEMETRY_PATHS)) {
            handlers.telemetry().handle(exchange);
        } else if (path.startsWith(ControlApi.PREFIX)) {
            handlers.control().handle(exchange);
        } else if (handlers.frontEnd().isPresent()) {
            handlers.frontEnd().get().handle(exchange);
        } else {
            Responses.sendProblem(exchange, 404, "route-not-found", "No such endpoint",
                    "The front end is not served (--no-frontend); the APIs are under /api/<service>.");
        }
    }

    static String acceptOrCreate(String requestId) {
        return requestId != null && SAFE_REQUEST_ID.matcher(requestId).matches() ? requestId : UUID.randomUUID().toString();
    }

    /** A caller's text made safe for one console line: control characters escaped, and not too long. */
    static String printable(String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().limit(300).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                printable.append(String.format("\\u%04x", c));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return text.length() > 300 ? printable + "…" : printable.toString();
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException("the edge did not stop cleanly", e);
        } finally {
            deleteRecursively(baseDirectory);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

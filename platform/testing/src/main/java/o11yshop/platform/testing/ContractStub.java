package o11yshop.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A neighbour service met at its HTTP contract, so that a service's tests run without the neighbour's
 * code. It answers only the operations a test gives it, and checks every answer against the
 * neighbour's {@code api/<service>.yaml} (status, content type, body schema, objects closed) before
 * sending it: a stub that drifts from the contract answers 500 and names the break, instead of teaching
 * the service under test something the real neighbour would never say. It always reports itself ready.
 */
public final class ContractStub {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private final String service;
    private final OpenApiContract contract;
    private final String basePath;
    private final List<Operation> operations = new ArrayList<>();
    private HttpServer server;

    private ContractStub(String service) {
        this.service = service;
        this.contract = OpenApiContract.forService(service);
        this.basePath = "/api/" + service;
    }

    /** A stub of the service whose contract is {@code api/<service>.yaml}, served below {@code /api/<service>}. */
    public static ContractStub of(String service) {
        return new ContractStub(service);
    }

    /** Answers {@code method pathTemplate} (as written in the contract) with what {@code answer} makes of the request. */
    public ContractStub on(String method, String pathTemplate, Function<Request, Answer> answer) {
        operations.add(new Operation(method, pathTemplate, patternOf(pathTemplate), answer));
        return this;
    }

    /** Starts on a free loopback port. */
    public ContractStub start() {
        return start(0);
    }

    /** Starts on the given loopback port (0 for a free one), e.g. again on the port of a stub that was stopped. */
    public ContractStub start(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext(basePath, this::handle);
        server.start();
        return this;
    }

    public void stop() {
        server.stop(0);
    }

    /** What a client of the real service is configured with, such as {@code http://127.0.0.1:port/api/inventory}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring(basePath.length());
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/actuator/health/readiness")) {
                send(exchange, Answer.json(200, "{\"status\":\"UP\"}"));
                return;
            }
            Optional<Answer> answer = operations.stream()
                    .filter(operation -> operation.method().equals(method))
                    .flatMap(operation -> operation.answer(exchange, path).map(given -> checked(operation, given)).stream())
                    .findFirst();
            send(exchange, answer.orElseGet(() -> Answer.text(404, service + " stub has no answer for " + method + " " + path)));
        }
    }

    private Answer checked(Operation operation, Answer answer) {
        try {
            contract.assertResponse(operation.method(), operation.pathTemplate(), answer.status(), answer.contentType(),
                    answer.body());
            return answer;
        } catch (AssertionError drift) {
            return Answer.text(500, "the " + service + " stub answered outside api/" + service + ".yaml: " + drift.getMessage());
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static Pattern patternOf(String pathTemplate) {
        Matcher variables = TEMPLATE_VARIABLE.matcher(pathTemplate);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (variables.find()) {
            regex.append(Pattern.quote(pathTemplate.substring(last, variables.start())))
                    .append("(?<").append(variables.group(1)).append(">[^/]+)");
            last = variables.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(pathTemplate.substring(last))).toString());
    }

    private record Operation(String method, String pathTemplate, Pattern path, Function<Request, Answer> answerer) {

        Optional<Answer> answer(HttpExchange exchange, String requestPath) {
            Matcher matched = path.matcher(requestPath);
            if (!matched.matches()) {
                return Optional.empty();
            }
            Map<String, String> variables = new HashMap<>();
            TEMPLATE_VARIABLE.matcher(pathTemplate).results()
                    .forEach(variable -> variables.put(variable.group(1), matched.group(variable.group(1))));
            try {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Request request = new Request(variables, queryOf(exchange.getRequestURI().getRawQuery()), body);
                return Optional.of(answerer.apply(request));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A parameter sent several times ({@code ids=1&ids=2}, as Spring's HTTP interfaces send a list) reads
     * as the comma-separated form ({@code ids=1,2}): the services' servers bind both to the same list.
     */
    private static Map<String, String> queryOf(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery != null) {
            Arrays.stream(rawQuery.split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> query.merge(
                    URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                    pair.length == 2 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                    (first, next) -> first + "," + next));
        }
        return query;
    }

    /** What the service under test asked: the path's variables, the query's parameters and the body. */
    public record Request(Map<String, String> pathVariables, Map<String, String> query, String body) {

        public String pathVariable(String name) {
            return pathVariables.get(name);
        }
    }

    /** What the stub answers; checked against the contract before it is sent. */
    public record Answer(int status, String contentType, String body) {

        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body);
        }

        /** The problem the shop's services answer for a resource they do not have. */
        public static Answer notFound(String detail) {
            return new Answer(404, "application/problem+json", """
                    {"type":"urn:o11y-shop:problem:not-found","title":"Resource not found","status":404,"detail":"%s"}"""
                    .formatted(detail));
        }

        static Answer text(int status, String body) {
            return new Answer(status, "text/plain", body);
        }
    }
}

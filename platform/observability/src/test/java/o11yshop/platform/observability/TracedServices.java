package o11yshop.platform.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.TestDatabases;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts {@link TracedTestApplication} as a named service on a free port, with a real PostgreSQL schema,
 * and asks it what the tracing tests of both adapters ask: a GET, and the JSON log line a request wrote.
 */
public final class TracedServices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The X-Ray SDK's own switch for the daemon address, read when a recorder is built. */
    private static final String DAEMON_ADDRESS_PROPERTY = "com.amazonaws.xray.emitters.daemonAddress";

    private TracedServices() {
    }

    public static void pointXRayAt(String daemonAddress) {
        System.setProperty(DAEMON_ADDRESS_PROPERTY, daemonAddress);
    }

    public static void forgetXRayDaemon() {
        System.clearProperty(DAEMON_ADDRESS_PROPERTY);
    }

    public static ConfigurableApplicationContext start(String name, String issuer, String... settings) {
        TestDatabase database = TestDatabases.postgres("observability_test");
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.application.name=" + name,
                "--shop.security.issuer=" + issuer,
                "--shop.security.public-paths=GET /products/*,GET /unsampled/**,GET /stock/*,POST /orders/*,GET /broken,"
                        + "GET /missing,GET /busy,GET /failing-step,GET /search,GET /checkout/*"));
        for (Map.Entry<String, String> property : database.springProperties().entrySet()) {
            arguments.add("--" + property.getKey() + "=" + property.getValue());
        }
        arguments.addAll(List.of(settings));
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--server.port="))) {
            arguments.add("--server.port=0");
        }
        return new SpringApplicationBuilder(TracedTestApplication.class).run(arguments.toArray(String[]::new));
    }

    public static String baseUrl(ConfigurableApplicationContext service) {
        return "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
    }

    /** GET {@code url}, with a bearer token when there is one and the given header name and value pairs. */
    public static HttpResponse<String> get(String url, @Nullable String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        }
    }

    /** The JSON log line whose message is {@code message}, from any service's output. */
    public static JsonNode logLine(CapturedOutput output, String message) {
        return output.getOut().lines()
                .filter(line -> line.startsWith("{") && line.contains(message))
                .map(JSON::readTree)
                .filter(line -> line.path("message").asString().equals(message))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No log line \"" + message + "\" in:\n" + output.getOut()));
    }
}

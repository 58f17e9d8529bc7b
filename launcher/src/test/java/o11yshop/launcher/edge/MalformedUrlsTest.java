package o11yshop.launcher.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import o11yshop.launcher.topology.TestTopology;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Issue 11 item 5: malformed URLs through the edge, generated from every path of every contract in api/ (and
 * the launcher's own APIs), each broken in its path and in its query by each of the characters a hostile user
 * tried. Each gets a 4xx problem document that names nothing of the inside: from the edge when it cannot be a
 * URL a service could read, else from the service, relayed as it is (the stand-in here refuses everything the
 * way a service's ProblemReportValve does, and records what reached it, which must be the URL as sent).
 */
class MalformedUrlsTest {

    /** What a hostile user put in URLs, as written on the request line (no client re-encodes them). */
    private static final List<String> BREAKERS = List.of("{}", "\\", "%", "%ZZ", "%00", "|", "^", "`", "\"", "<>", " ");
    private static final List<String> SERVICES = TestTopology.SHOP.serviceNames();

    private HttpServer services;
    private final Set<String> reachedTheService = ConcurrentHashMap.newKeySet();
    private Edge edge;
    private final TestEdges.Log log = new TestEdges.Log();

    @BeforeEach
    void startEdge(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("index.html"), "<!doctype html><title>shop</title>");
        services = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        services.createContext("/", exchange -> {
            reachedTheService.add(exchange.getRequestURI().toString());
            byte[] problem = """
                    {"type":"urn:o11y-shop:problem:malformed-request","title":"Malformed request","status":400}"""
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(400, problem.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(problem);
            }
        });
        services.start();
        Map<String, URI> origins = new LinkedHashMap<>();
        SERVICES.forEach(name -> origins.put(name, URI.create("http://127.0.0.1:" + services.getAddress().getPort())));
        edge = TestEdges.start(TestEdges.proxy(origins, log), new ControlApi(new FakeServiceControl()),
                Optional.of(new StaticFiles(out)), log);
    }

    @AfterEach
    void stop() {
        edge.close();
        services.stop(0);
    }

    @Test
    void everyMalformedUrlGetsAProblemThatTellsNothingOfTheInside() throws IOException {
        List<String> targets = new ArrayList<>();
        Map<String, String> paths = pathsAndAParameterEachReads();
        paths.forEach((path, parameter) -> {
            for (String breaker : BREAKERS) {
                targets.add(path + breaker + "1");
                targets.add(path + "?" + parameter + "=1" + breaker + "1&page=1");
            }
        });

        SoftAssertions softly = new SoftAssertions();
        int refusedByTheEdge = 0;
        for (String target : targets) {
            RawHttp.Response response = RawHttp.sendAndReadToTheEnd(edge.port(),
                    "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String text = response.text();
            softly.assertThat(response.status()).as(target).isBetween(400, 499);
            softly.assertThat(text.toLowerCase()).as(target).contains("content-type: application/problem+json");
            softly.assertThat(text).as(target).doesNotContain("127.0.0.1").doesNotContainPattern(":80[0-9]{2}\\b")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContainIgnoringCase("tomcat")
                    .doesNotContainIgnoringCase("<html");
            if (!reachedTheService.remove(target)) {
                refusedByTheEdge++;
            }
        }
        softly.assertThat(reachedTheService).as("requests that reached a service other than as sent").isEmpty();
        softly.assertAll();
        System.out.printf("malformed URLs through the edge: %d cases (%d paths × %d breakers × in the path and in the"
                        + " query); %d refused by the edge, %d relayed from the service%n",
                targets.size(), paths.size(), BREAKERS.size(), refusedByTheEdge, targets.size() - refusedByTheEdge);
        assertThat(targets).hasSizeGreaterThan(500);
    }

    /**
     * Every path template of api/*.yaml under its service's prefix, parameters filled, and the launcher's own
     * read-only APIs, each with a query parameter the path reads ({@code q} stands in for the services' ones:
     * the stand-in service reads none, and refuses all).
     */
    private static Map<String, String> pathsAndAParameterEachReads() throws IOException {
        Map<String, String> paths = new LinkedHashMap<>();
        for (String telemetry : List.of("traces", "metrics", "otlp/metrics", "otlp/logs")) {
            paths.put("/_launcher/telemetry/" + telemetry, "limit");
        }
        YAMLMapper yaml = new YAMLMapper();
        for (String service : SERVICES) {
            JsonNode contract = yaml.readTree(Files.readString(TestEdges.REPOSITORY_ROOT.resolve("api/" + service + ".yaml")));
            contract.path("paths").propertyNames()
                    .forEach(template -> paths.put("/api/" + service + template.replaceAll("\\{[^}]+}", "1"), "q"));
        }
        assertThat(paths).hasSizeGreaterThan(30);
        return paths;
    }
}

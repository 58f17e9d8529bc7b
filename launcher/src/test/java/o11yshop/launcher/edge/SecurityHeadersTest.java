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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11 item 6: every answer of the edge carries the shop's security headers, exactly as
 * infra/edge/security-headers.json states them, the file CloudFront's policy is made from too.
 */
class SecurityHeadersTest {

    private static final Path POLICY_FILE = TestEdges.REPOSITORY_ROOT.resolve("infra/edge/security-headers.json");
    private static final Path TERRAFORM_MODULE = TestEdges.REPOSITORY_ROOT.resolve("infra/modules/edge-security-headers");
    private static final JsonNode POLICY = JsonMapper.builder().build().readTree(read(POLICY_FILE));

    private HttpServer upstream;
    private Edge edge;
    private final TestEdges.Log log = new TestEdges.Log();

    @BeforeEach
    void startEdge(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("index.html"), "<!doctype html><title>shop</title>");
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/api/catalog", exchange -> {
            // a service's own framing and CSP headers, which the edge's policy replaces as CloudFront's does
            byte[] body = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src *");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        });
        upstream.start();
        ApiProxy api = TestEdges.proxy(Map.of("catalog", URI.create("http://127.0.0.1:" + upstream.getAddress().getPort())), log);
        edge = TestEdges.start(api, new ControlApi(new FakeServiceControl()), Optional.of(new StaticFiles(out)), log);
    }

    @AfterEach
    void stop() {
        edge.close();
        upstream.stop(0);
    }

    @Test
    void everyKindOfAnswerCarriesThePolicy() throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("the storefront's HTML", "/");
        answers.put("the storefront's not-found page", "/no-such-page");
        answers.put("a service's answer, relayed", "/api/catalog/products");
        answers.put("the edge's own problem", "/api/nope");
        answers.put("the control API", "/_launcher/services");
        answers.put("a URL the edge's Tomcat refuses", "/api/catalog/products?q={}");
        answers.put("a URL that is no URI", "/api/catalog/products?q=%ZZ");

        answers.forEach((answer, target) -> {
            Map<String, String> headers = headersOf(rawGet(target));
            assertThat(headers).as(answer).containsKeys("content-security-policy", "x-frame-options", "referrer-policy",
                    "x-content-type-options", "permissions-policy", "x-request-id");
            assertThat(headers.get("x-frame-options")).as(answer).isEqualTo(POLICY.get("frame_options").asString());
            assertThat(headers.get("referrer-policy")).as(answer).isEqualTo("strict-origin-when-cross-origin");
            assertThat(headers.get("x-content-type-options")).as(answer).isEqualTo("nosniff");
            assertThat(headers.get("permissions-policy")).as(answer).isEqualTo(POLICY.get("permissions_policy").asString());
            assertThat(directives(headers.get("content-security-policy"))).as(answer).isEqualTo(expectedDirectives());
            // HSTS over plain HTTP is ignored by browsers, and on localhost would pin every local port to HTTPS
            assertThat(headers).as(answer).doesNotContainKey("strict-transport-security");
        });
    }

    @Test
    void thePolicyForbidsFramingAndNamesOnlyWhatTheShopAndItsTelemetryUse() {
        Map<String, Set<String>> csp = directives(TestEdges.SECURITY_HEADERS.headers().get("Content-Security-Policy"));

        assertThat(csp.get("frame-ancestors")).containsExactly("'none'");
        assertThat(csp.get("default-src")).containsExactly("'self'");
        assertThat(csp.get("object-src")).containsExactly("'none'");
        assertThat(csp.get("script-src")).containsExactlyInAnyOrder("'self'", "'unsafe-inline'");
        assertThat(csp.get("connect-src")).containsExactlyInAnyOrder("'self'",
                "https://dataplane.rum.us-east-1.amazonaws.com", "https://cognito-identity.us-east-1.amazonaws.com",
                "https://sts.us-east-1.amazonaws.com", "https://o11y-shop-images.s3.us-east-1.amazonaws.com");
        csp.values().stream().flatMap(Set::stream).forEach(source -> assertThat(source)
                .as("a CSP host may have a wildcard only as its leftmost label, and every placeholder is filled")
                .doesNotContain("${").matches("[^*]*|https://\\*\\.[^*]+"));
    }

    /** The Terraform module fills every placeholder the file names, and reads this very file. */
    @Test
    void theCloudFrontPolicyIsMadeFromTheSameFile() {
        String main = read(TERRAFORM_MODULE.resolve("main.tf"));
        String variables = read(TERRAFORM_MODULE.resolve("variables.tf"));

        assertThat(main).contains("jsondecode(file(").contains("/../../edge/security-headers.json")
                .contains("resource \"aws_cloudfront_response_headers_policy\"");
        POLICY.get("placeholders").propertyNames().forEach(name -> {
            assertThat(main).as("main.tf fills ${%s}", name).contains("\"$${" + name + "}\", var." + name + ")");
            assertThat(variables).as("variables.tf declares %s", name).contains("variable \"" + name + "\"");
        });
        for (String field : List.of("content_security_policy", "frame_options", "referrer_policy", "permissions_policy",
                "strict_transport_security")) {
            assertThat(main).as("main.tf uses the policy's %s", field).contains("local.policy." + field);
        }
    }

    /** Each directive of the file with its sources, the placeholders filled with their local values. */
    private static Map<String, Set<String>> expectedDirectives() {
        Map<String, String> local = new TreeMap<>();
        POLICY.get("placeholders").properties().forEach(entry -> local.put(entry.getKey(), entry.getValue().get("local").asString()));
        Map<String, Set<String>> directives = new TreeMap<>();
        POLICY.get("content_security_policy").properties().forEach(directive -> {
            Set<String> sources = new TreeSet<>();
            directive.getValue().forEach(source -> {
                String filled = source.asString();
                for (Map.Entry<String, String> placeholder : local.entrySet()) {
                    filled = filled.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
                }
                sources.add(filled);
            });
            directives.put(directive.getKey(), sources);
        });
        return directives;
    }

    private static Map<String, Set<String>> directives(String csp) {
        Map<String, Set<String>> directives = new TreeMap<>();
        for (String directive : csp.split(";")) {
            List<String> words = Arrays.asList(directive.strip().split("\\s+"));
            directives.put(words.getFirst(), new TreeSet<>(words.subList(1, words.size())));
        }
        return directives;
    }

    private RawHttp.Response rawGet(String target) {
        try {
            return RawHttp.send(edge.port(), "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        } catch (IOException e) {
            throw new AssertionError(target, e);
        }
    }

    private static Map<String, String> headersOf(RawHttp.Response response) {
        String head = response.text().substring(0, response.text().indexOf("\r\n\r\n"));
        return head.lines().skip(1).filter(line -> line.contains(":")).collect(Collectors.toMap(
                line -> line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT),
                line -> line.substring(line.indexOf(':') + 1).strip(), (first, second) -> first + ", " + second));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}

package o11yshop.launcher.edge;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security headers the edge puts on every answer, read from the shop's one policy file,
 * {@code infra/edge/security-headers.json}, which CloudFront's response headers policy is made from too
 * (infra/modules/edge-security-headers). Like that policy (its {@code override = true}), the edge's values
 * replace any a service sent.
 *
 * <p>HSTS is sent only on answers given over HTTPS: a browser ignores it over plain HTTP (RFC 6797 §8.1), and
 * on {@code http://localhost} it would be worse than useless if honoured, since it pins every port of
 * localhost, every other local development server included, to HTTPS. CloudFront answers over HTTPS and sends it.
 */
public final class SecurityHeaders {

    /** Where the policy is, from the repository's root. */
    public static final Path POLICY_FILE = Path.of("infra", "edge", "security-headers.json");

    private final Map<String, String> headers;
    private final String strictTransportSecurity;

    private SecurityHeaders(Map<String, String> headers, String strictTransportSecurity) {
        this.headers = Map.copyOf(headers);
        this.strictTransportSecurity = strictTransportSecurity;
    }

    /** The policy with each placeholder filled with its local value. */
    public static SecurityHeaders load(Path repositoryRoot) {
        Path file = repositoryRoot.resolve(POLICY_FILE);
        try {
            return of(JsonMapper.builder().build().readTree(Files.readString(file)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the security-header policy " + file + ": " + e.getMessage(), e);
        }
    }

    static SecurityHeaders of(JsonNode policy) {
        Map<String, String> localValues = new LinkedHashMap<>();
        policy.path("placeholders").properties()
                .forEach(placeholder -> localValues.put(placeholder.getKey(), placeholder.getValue().path("local").asString()));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy(policy.path("content_security_policy"), localValues));
        headers.put("X-Frame-Options", required(policy, "frame_options"));
        headers.put("Referrer-Policy", required(policy, "referrer_policy"));
        headers.put("X-Content-Type-Options", required(policy, "content_type_options"));
        headers.put("Permissions-Policy", required(policy, "permissions_policy"));
        JsonNode hsts = policy.path("strict_transport_security");
        String strictTransportSecurity = "max-age=" + hsts.path("max_age_seconds").asLong()
                + (hsts.path("include_subdomains").asBoolean() ? "; includeSubDomains" : "")
                + (hsts.path("preload").asBoolean() ? "; preload" : "");
        return new SecurityHeaders(headers, strictTransportSecurity);
    }

    /**
     * The directives in name order and each one's sources without repeats, as the Terraform module builds
     * them (its for expression walks an object's keys in that order, and it applies {@code distinct}), so that
     * the two serve the same string.
     */
    static String contentSecurityPolicy(JsonNode directives, Map<String, String> placeholders) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        directives.properties().forEach(directive -> sorted.put(directive.getKey(), directive.getValue()));
        List<String> parts = new ArrayList<>();
        sorted.forEach((name, sources) -> {
            Set<String> filled = new LinkedHashSet<>();
            sources.forEach(source -> filled.add(fill(source.asString(), placeholders)));
            parts.add(name + " " + String.join(" ", filled));
        });
        return String.join("; ", parts);
    }

    private static String fill(String source, Map<String, String> placeholders) {
        String filled = source;
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            filled = filled.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
        }
        if (filled.contains("${")) {
            throw new IllegalStateException("the CSP source " + source + " names a placeholder the file does not define");
        }
        return filled;
    }

    private static String required(JsonNode policy, String field) {
        String value = policy.path(field).asString("");
        if (value.isBlank()) {
            throw new IllegalStateException("the policy has no " + field);
        }
        return value;
    }

    /** Sets the policy's headers on an answer, replacing what the handler or a service set. */
    void applyTo(Headers responseHeaders, boolean overHttps) {
        headers.forEach(responseHeaders::set);
        if (overHttps) {
            responseHeaders.set("Strict-Transport-Security", strictTransportSecurity);
        }
    }

    /** The headers as sent over plain HTTP, the way the local edge serves. */
    public Map<String, String> headers() {
        return headers;
    }
}

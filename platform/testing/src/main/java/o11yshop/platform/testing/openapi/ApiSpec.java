package o11yshop.platform.testing.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import o11yshop.platform.testing.RepositoryRoot;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A service's OpenAPI file read as a list of operations, each with its parameters, request body and who
 * may call it, {@code $ref}s followed. The generated suites (hostile input, authorization matrix) are
 * driven by it, so that a new operation is tested the day it is declared.
 */
public final class ApiSpec {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final String service;
    private final JsonNode root;
    private final List<ApiOperation> operations = new ArrayList<>();

    private ApiSpec(String service, JsonNode root) {
        this.service = service;
        this.root = root;
        JsonNode defaultSecurity = root.path("security");
        root.path("paths").properties().forEach(path -> {
            JsonNode pathItem = resolve(path.getValue());
            List<ApiParameter> shared = parameters(pathItem.path("parameters"));
            pathItem.properties().forEach(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(path.getKey(), entry.getKey(), resolve(entry.getValue()), shared, defaultSecurity));
                }
            });
        });
    }

    /** Reads {@code api/<service>.yaml} from the repository root. */
    public static ApiSpec of(String service) {
        Path file = RepositoryRoot.find().resolve("api").resolve(service + ".yaml");
        try {
            return new ApiSpec(service, new YAMLMapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String service() {
        return service;
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    /** Follows {@code $ref} (local references only, as the shop's files use) until a real node. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.path("$ref").isString(); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("A $ref cycle in api/" + service + ".yaml at " + node);
            }
            String ref = current.path("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only local $refs are supported: " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    private ApiOperation operation(String template, String method, JsonNode operation, List<ApiParameter> shared,
            JsonNode defaultSecurity) {
        Map<String, ApiParameter> parameters = new LinkedHashMap<>();
        shared.forEach(parameter -> parameters.put(parameter.in() + ":" + parameter.name(), parameter));
        parameters(operation.path("parameters")).forEach(parameter -> parameters.put(parameter.in() + ":" + parameter.name(), parameter));

        Map<String, JsonNode> bodyContent = new LinkedHashMap<>();
        JsonNode requestBody = resolve(operation.path("requestBody"));
        requestBody.path("content").properties().forEach(media ->
                bodyContent.put(media.getKey(), resolve(media.getValue().path("schema"))));

        List<Integer> statuses = new ArrayList<>();
        operation.path("responses").propertyNames().forEach(status -> {
            if (status.matches("\\d{3}")) {
                statuses.add(Integer.parseInt(status));
            }
        });
        return new ApiOperation(service, method.toUpperCase(Locale.ROOT), template, operation.path("operationId").asString(),
                List.copyOf(parameters.values()), bodyContent, requestBody.path("required").asBoolean(false), statuses,
                access(operation, defaultSecurity));
    }

    private List<ApiParameter> parameters(JsonNode list) {
        List<ApiParameter> parameters = new ArrayList<>();
        list.forEach(node -> {
            JsonNode parameter = resolve(node);
            parameters.add(new ApiParameter(parameter.path("name").asString(), parameter.path("in").asString(),
                    parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
        });
        return parameters;
    }

    private Access access(JsonNode operation, JsonNode defaultSecurity) {
        JsonNode security = operation.has("security") ? operation.path("security") : defaultSecurity;
        JsonNode scope = operation.path("x-required-scope");
        JsonNode role = operation.path("x-required-role");
        if (scope.isString() && role.isString()) {
            throw new IllegalStateException(operation.path("operationId").asString() + " names a role and a scope: one only");
        }
        if (scope.isString()) {
            return Access.scope(scope.asString());
        }
        if (role.isString()) {
            return role.asString().equals("admin") ? Access.ADMIN : Access.AUTHENTICATED;
        }
        return asksForBearerToken(security) ? Access.AUTHENTICATED : Access.PUBLIC;
    }

    /**
     * Whether a requirement names a bearer scheme: an operation that authenticates its caller by other means
     * (the token endpoint's HTTP Basic client credentials) is public as far as users' access tokens go.
     */
    private boolean asksForBearerToken(JsonNode security) {
        for (JsonNode requirement : security) {
            for (String scheme : requirement.propertyNames()) {
                JsonNode declared = root.path("components").path("securitySchemes").path(scheme);
                if (declared.path("scheme").asString("").equalsIgnoreCase("bearer")) {
                    return true;
                }
            }
        }
        return false;
    }
}

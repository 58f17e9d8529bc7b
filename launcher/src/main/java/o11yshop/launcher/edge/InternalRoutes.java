package o11yshop.launcher.edge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The operations the edge does not route: those an OpenAPI file marks as for services only with
 * {@code x-required-scope}. The contract is their one home, because it is already where an operation
 * becomes service-only (the services check the scope it names): a new internal operation is kept off the
 * edge by the same line, with no second list to forget, as an ALB that has no listener rule for it.
 */
public final class InternalRoutes {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    record Route(String method, Pattern path) {
    }

    private final List<Route> routes;

    InternalRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static InternalRoutes none() {
        return new InternalRoutes(List.of());
    }

    /** @param apiFolder the repository's {@code api/}, with one {@code <service>.yaml} per service */
    public static InternalRoutes load(Path apiFolder, List<String> services) {
        List<Route> routes = new ArrayList<>();
        YAMLMapper yaml = new YAMLMapper();
        for (String service : services) {
            Path file = apiFolder.resolve(service + ".yaml");
            try {
                routes.addAll(of(service, yaml.readTree(Files.readString(file))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read the contract " + file + ": " + e.getMessage(), e);
            }
        }
        return new InternalRoutes(routes);
    }

    static List<Route> of(String service, JsonNode contract) {
        List<Route> routes = new ArrayList<>();
        contract.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey()) && operation.getValue().has("x-required-scope")) {
                routes.add(new Route(operation.getKey().toUpperCase(Locale.ROOT), pathPattern("/api/" + service + path.getKey())));
            }
        }));
        return routes;
    }

    /** {@code /api/inventory/reservations/{reservationId}/release} → one segment for each parameter. */
    private static Pattern pathPattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        // a service's Tomcat and Spring read a trailing slash as the same route, or refuse it: either way, not here
        return Pattern.compile(regex + "/?");
    }

    /**
     * @param path the path as the service will read it: decoded, with dot segments, repeated slashes and path
     *        parameters ({@code ;x=1}) resolved, so that no spelling of an internal route slips through
     */
    public boolean contains(String method, String path) {
        return routes.stream().anyMatch(route -> route.method().equalsIgnoreCase(method) && route.path().matcher(path).matches());
    }
}

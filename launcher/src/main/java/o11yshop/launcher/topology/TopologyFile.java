package o11yshop.launcher.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code infra/topology.yaml} and checks it against the rules written at its top, so that a mistake
 * stops the launcher with the field that is wrong rather than surfacing later as a service that cannot be
 * reached. Unknown fields are refused too: a misspelt {@code call:} would otherwise silently drop a dependency.
 */
public final class TopologyFile {

    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern RESOURCE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final int LOWEST_PORT = 1024;
    private static final int HIGHEST_PORT = 65535;
    /** SQS's bounds for a redrive policy's maxReceiveCount. */
    private static final int MOST_RECEIVES = 1000;

    /** A topology that breaks a rule; the message names the file and the field. */
    public static final class InvalidTopology extends RuntimeException {
        InvalidTopology(String message) {
            super(message);
        }
    }

    private TopologyFile() {
    }

    public static Topology read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidTopology("cannot read the topology " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /** @param source what the text is called in messages, usually its file */
    public static Topology parse(String source, String text) {
        JsonNode document;
        try {
            document = new YAMLMapper().readTree(text);
        } catch (JacksonException e) {
            throw new InvalidTopology(source + " is not valid YAML: " + e.getOriginalMessage());
        }
        try {
            return topology(new Field("", document));
        } catch (InvalidTopology e) {
            throw new InvalidTopology(source + ": " + e.getMessage());
        }
    }

    private static Topology topology(Field root) {
        root.allowOnly("token-issuer", "services", "queues", "buckets");
        Field services = root.required("services").nonEmptyMapping();
        Set<String> names = new HashSet<>();
        services.children().forEach(service -> names.add(service.key(SERVICE_NAME, "lower case letters and digits, starting with a letter")));
        Field issuer = root.required("token-issuer");
        issuer.serviceName(names);
        Map<String, String> storageVariables = buckets(root.optional("buckets"), names);
        List<ServiceSpec> specs = new ArrayList<>();
        Map<Integer, String> ports = new HashMap<>();
        for (Field service : services.children()) {
            ServiceSpec spec = service(service, names, Optional.ofNullable(storageVariables.get(service.name())));
            String other = ports.putIfAbsent(spec.port(), spec.name());
            if (other != null) {
                throw service.required("port").invalid("is " + other + "'s port already");
            }
            specs.add(spec);
        }
        return new Topology(specs, queues(root.optional("queues"), names), issuer.text());
    }

    private static ServiceSpec service(Field service, Set<String> names, Optional<String> storageVariable) {
        String name = service.name();
        service.allowOnly("port", "route", "health", "calls", "calls-with-own-token");
        int port = service.required("port").number(LOWEST_PORT, HIGHEST_PORT);
        Field route = service.required("route");
        if (!route.text().equals("/api/" + name)) {
            throw route.invalid("must be /api/" + name + ": the edge routes /api/<service>/** to the service of that name");
        }
        Field health = service.required("health");
        health.allowOnly("liveness", "readiness");
        ServiceSpec.Health paths = new ServiceSpec.Health(health.required("liveness").absolutePath(), health.required("readiness").absolutePath());
        List<String> calls = new ArrayList<>();
        for (Field called : service.optional("calls").items()) {
            if (called.text().equals(name)) {
                throw called.invalid("a service does not call itself through its base URL");
            }
            calls.add(called.serviceName(names));
        }
        Optional<String> scope = service.optional("calls-with-own-token").textIfPresent();
        return new ServiceSpec(name, port, route.text(), paths, calls, scope, storageVariable);
    }

    private static List<QueueSpec> queues(Field queues, Set<String> services) {
        List<QueueSpec> specs = new ArrayList<>();
        for (Field queue : queues.children()) {
            String name = queue.key(RESOURCE_NAME, "lower case letters, digits and dashes");
            queue.allowOnly("url-variable", "max-receive-count", "producers", "consumers");
            specs.add(new QueueSpec(name,
                    queue.required("url-variable").environmentVariable(),
                    queue.required("max-receive-count").number(1, MOST_RECEIVES),
                    queue.required("producers").serviceNames(services),
                    queue.required("consumers").serviceNames(services)));
        }
        return specs;
    }

    /** The local-directory variable of each bucket, by owner: a service owns one bucket at most. */
    private static Map<String, String> buckets(Field buckets, Set<String> services) {
        Map<String, String> variables = new HashMap<>();
        for (Field bucket : buckets.children()) {
            bucket.key(RESOURCE_NAME, "lower case letters, digits and dashes");
            bucket.allowOnly("owner", "local-directory-variable");
            Field owner = bucket.required("owner");
            String variable = bucket.required("local-directory-variable").environmentVariable();
            if (variables.putIfAbsent(owner.serviceName(services), variable) != null) {
                throw owner.invalid("owns another bucket already; a service has one folder of its own locally");
            }
        }
        return variables;
    }

    /** A node of the document with its dotted path, for messages. */
    private record Field(String location, JsonNode node) {

        String name() {
            return location.substring(location.lastIndexOf('.') + 1);
        }

        InvalidTopology invalid(String problem) {
            return new InvalidTopology(location + " " + problem);
        }

        private String child(String key) {
            return location.isEmpty() ? key : location + "." + key;
        }

        Field required(String key) {
            if (!node.isObject()) {
                throw invalid("must be a mapping");
            }
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                throw new InvalidTopology(child(key) + " is missing");
            }
            return new Field(child(key), value);
        }

        /** An absent field reads as empty: no children, no items, no text. */
        Field optional(String key) {
            if (!node.isObject()) {
                throw invalid("must be a mapping");
            }
            JsonNode value = node.get(key);
            return new Field(child(key), value == null ? MissingNode.getInstance() : value);
        }

        void allowOnly(String... keys) {
            if (!node.isObject()) {
                throw invalid("must be a mapping");
            }
            Set<String> allowed = Set.of(keys);
            for (String key : node.propertyNames()) {
                if (!allowed.contains(key)) {
                    throw new InvalidTopology(child(key) + " is not a field here (fields: " + String.join(", ", keys) + ")");
                }
            }
        }

        Field nonEmptyMapping() {
            if (!node.isObject() || node.isEmpty()) {
                throw invalid("must be a mapping with at least one entry");
            }
            return this;
        }

        List<Field> children() {
            if (node.isMissingNode()) {
                return List.of();
            }
            if (!node.isObject()) {
                throw invalid("must be a mapping");
            }
            List<Field> children = new ArrayList<>();
            node.properties().forEach(entry -> children.add(new Field(child(entry.getKey()), entry.getValue())));
            return children;
        }

        List<Field> items() {
            if (node.isMissingNode()) {
                return List.of();
            }
            if (!node.isArray()) {
                throw invalid("must be a list");
            }
            List<Field> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(new Field(location + "[" + i + "]", node.get(i)));
            }
            return items;
        }

        String key(Pattern pattern, String rule) {
            if (!pattern.matcher(name()).matches()) {
                throw invalid("is not a valid name: " + rule);
            }
            if (!node.isObject()) {
                throw invalid("must be a mapping");
            }
            return name();
        }

        String text() {
            if (!node.isString() || node.asString().isBlank()) {
                throw invalid("must be a non-empty string");
            }
            return node.asString();
        }

        Optional<String> textIfPresent() {
            return node.isMissingNode() ? Optional.empty() : Optional.of(text());
        }

        int number(int lowest, int highest) {
            if (!node.isInt() || node.intValue() < lowest || node.intValue() > highest) {
                throw invalid("must be a whole number from " + lowest + " to " + highest + "; got: " + node);
            }
            return node.intValue();
        }

        String absolutePath() {
            String text = text();
            if (!text.startsWith("/")) {
                throw invalid("must be a path starting with /; got: " + text);
            }
            return text;
        }

        String environmentVariable() {
            String text = text();
            if (!ENVIRONMENT_VARIABLE.matcher(text).matches()) {
                throw invalid("must be an environment variable's name (upper case letters, digits, _); got: " + text);
            }
            return text;
        }

        String serviceName(Set<String> services) {
            String text = text();
            if (!services.contains(text)) {
                throw invalid("names no service: " + text + " (services: " + String.join(", ", services.stream().sorted().toList()) + ")");
            }
            return text;
        }

        List<String> serviceNames(Set<String> services) {
            List<Field> items = items();
            if (items.isEmpty()) {
                throw invalid("must list at least one service");
            }
            return items.stream().map(item -> item.serviceName(services)).toList();
        }
    }
}

package o11yshop.platform.testing.openapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import o11yshop.platform.testing.OpenApiContract;
import o11yshop.platform.testing.RawHttp;
import o11yshop.platform.testing.TableSnapshot;
import o11yshop.platform.testing.TestDatabase;
import o11yshop.platform.testing.authz.Caller;
import o11yshop.platform.testing.authz.Callers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One running service as the generated suites see it: its contract, where it answers, its schema (to
 * prove that a refused request wrote nothing), the callers it trusts, and a row per operation with what
 * the contract alone cannot supply. {@link #request} makes a valid request to any operation for a caller.
 */
public final class ServiceFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiSpec spec;
    private final OpenApiContract contract;
    private final ValidValues validValues;
    private final RawHttp http;
    private final String baseUrl;
    private final TableSnapshot snapshot;
    private final Callers callers;
    private final Map<String, OperationRow> rows;
    private final Map<String, Supplier<String>> everyRequest;

    private ServiceFixture(Builder builder) {
        this.spec = ApiSpec.of(builder.service);
        this.contract = OpenApiContract.forService(builder.service);
        this.validValues = new ValidValues(spec);
        this.baseUrl = builder.baseUrl;
        this.http = new RawHttp(builder.baseUrl);
        this.snapshot = TableSnapshot.of(builder.database, builder.ignoredTables);
        this.callers = builder.callers;
        this.rows = builder.rows;
        this.everyRequest = builder.everyRequest;
    }

    public static Builder forService(String service, String baseUrl, TestDatabase database, Callers callers) {
        return new Builder(service, baseUrl, database, callers);
    }

    public ApiSpec spec() {
        return spec;
    }

    /** The same file as {@link #spec()}, for checking answers against the declared responses. */
    public OpenApiContract contract() {
        return contract;
    }

    public ValidValues validValues() {
        return validValues;
    }

    public RawHttp http() {
        return http;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public TableSnapshot snapshot() {
        return snapshot;
    }

    public Callers callers() {
        return callers;
    }

    public Optional<OperationRow> row(ApiOperation operation) {
        return Optional.ofNullable(rows.get(operation.operationId()));
    }

    /** Rows that name no operation of the contract: left behind by a removed or renamed route. */
    public Set<String> rowsWithoutOperation() {
        Set<String> declared = spec.operations().stream().map(ApiOperation::operationId).collect(Collectors.toSet());
        return rows.keySet().stream().filter(id -> !declared.contains(id)).collect(Collectors.toSet());
    }

    /** The caller a hostile request is sent as: one the contract lets call the operation. */
    public Caller permittedCaller(ApiOperation operation) {
        return switch (operation.access().level()) {
            case PUBLIC -> callers.anonymous();
            case AUTHENTICATED -> callers.customer();
            case ADMIN -> callers.admin();
            case SCOPE -> callers.service();
        };
    }

    /** The JSON body a valid request carries: derived from the schema, with the row's fields over it. */
    public ObjectNode validBody(ApiOperation operation) {
        JsonNode derived = validValues.of(operation.jsonBody());
        ObjectNode body = derived instanceof ObjectNode object ? object.deepCopy() : JSON.createObjectNode();
        row(operation).ifPresent(row -> row.bodyFields().forEach((name, value) -> body.set(name, JSON.valueToTree(value.get()))));
        return body;
    }

    /** A valid request to the operation, sent as {@code caller}. */
    public RequestParts request(ApiOperation operation, Caller caller) {
        OperationRow row = row(operation).orElseThrow(() -> new IllegalStateException(
                "No fixture row for " + operation + ": add one to the service's fixture"));
        row.before().run();
        RequestParts parts = row.custom() != null ? row.custom().get() : derived(operation, row);
        for (Map.Entry<String, Supplier<String>> header : everyRequest.entrySet()) {
            parts = parts.withHeader(header.getKey(), header.getValue().get());
        }
        String token = caller.bearer();
        return token == null ? parts : parts.withHeader("Authorization", "Bearer " + token);
    }

    private RequestParts derived(ApiOperation operation, OperationRow row) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        List<String[]> headers = new ArrayList<>();
        for (ApiParameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path" -> path.put(parameter.name(), valueOf(parameter, row.pathValues()));
                case "query" -> {
                    if (parameter.required() || row.queryValues().containsKey(parameter.name())) {
                        query.put(parameter.name(), valueOf(parameter, row.queryValues()));
                    }
                }
                case "header" -> {
                    if (parameter.required() || row.headerValues().containsKey(parameter.name())) {
                        headers.add(new String[] {parameter.name(), row.headerValues().containsKey(parameter.name())
                                ? row.headerValues().get(parameter.name()).get() : validValues.of(parameter.schema()).asString()});
                    }
                }
                default -> {
                    // cookies: the shop's APIs have none
                }
            }
        }
        row.headerValues().forEach((name, value) -> {
            if (headers.stream().noneMatch(header -> header[0].equalsIgnoreCase(name))) {
                headers.add(new String[] {name, value.get()});
            }
        });
        if (operation.jsonBody() == null) {
            return new RequestParts(operation.method(), operation.template(), path, query, headers, null, null, false);
        }
        byte[] body = JSON.writeValueAsString(validBody(operation)).getBytes(StandardCharsets.UTF_8);
        return new RequestParts(operation.method(), operation.template(), path, query, headers, "application/json", body, false);
    }

    private String valueOf(ApiParameter parameter, Map<String, Supplier<String>> given) {
        if (given.containsKey(parameter.name())) {
            return given.get(parameter.name()).get();
        }
        JsonNode value = validValues.of(parameter.schema());
        String text = value.isArray()
                ? java.util.stream.StreamSupport.stream(value.spliterator(), false).map(JsonNode::asString).collect(Collectors.joining(","))
                : value.asString();
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ",");
    }

    /** The fixture of one service; {@link #operation} once for every operation of its contract. */
    public static final class Builder {

        private final String service;
        private final String baseUrl;
        private final TestDatabase database;
        private final Callers callers;
        private final Map<String, OperationRow> rows = new LinkedHashMap<>();
        private final Map<String, Supplier<String>> everyRequest = new LinkedHashMap<>();
        private Set<String> ignoredTables = Set.of();

        private Builder(String service, String baseUrl, TestDatabase database, Callers callers) {
            this.service = service;
            this.baseUrl = baseUrl;
            this.database = database;
            this.callers = callers;
        }

        /** The operation's row: nothing to add where the contract says everything. */
        public Builder operation(String operationId) {
            return operation(operationId, row -> { });
        }

        public Builder operation(String operationId, Consumer<OperationRow> row) {
            OperationRow operationRow = new OperationRow();
            row.accept(operationRow);
            rows.put(operationId, operationRow);
            return this;
        }

        /** A header on every request (a client address of its own, for a service that throttles per client). */
        public Builder everyRequest(String header, Supplier<String> value) {
            everyRequest.put(header, value);
            return this;
        }

        /** Tables the service writes by itself, whatever the requests (none in the shop today). */
        public Builder ignoringTables(String... tables) {
            ignoredTables = Set.of(tables);
            return this;
        }

        public ServiceFixture build() {
            return new ServiceFixture(this);
        }
    }
}

package o11yshop.platform.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks real responses against a service's OpenAPI 3.1 file. OpenAPI 3.1 schemas are JSON Schema
 * 2020-12, so each response body is validated against the schema the file declares for that
 * operation, status and content type. Objects are checked closed: a field the file does not declare
 * is a contract break too, so the file cannot silently fall behind the code.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final JsonNode spec;
    private final JsonNode closedComponents;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private OpenApiContract(String name, JsonNode spec) {
        this.name = name;
        this.spec = spec;
        this.closedComponents = closeObjects(spec.path("components").deepCopy());
    }

    /** Loads {@code api/<service>.yaml} from the repository root. */
    public static OpenApiContract forService(String service) {
        Path file = RepositoryRoot.find().resolve("api").resolve(service + ".yaml");
        try {
            return new OpenApiContract(file.getFileName().toString(), new YAMLMapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that the response is one the contract allows: the status is declared for the operation,
     * the content type is the declared one, and the body matches its schema.
     */
    public void assertResponse(String method, String pathTemplate, int status, String contentType, String body) {
        JsonNode operation = spec.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
        assertThat(operation.isMissingNode())
                .as("%s declares %s %s", name, method, pathTemplate).isFalse();
        JsonNode response = resolve(operation.path("responses").path(String.valueOf(status)));
        assertThat(response.isMissingNode())
                .as("%s declares status %d for %s %s", name, status, method, pathTemplate).isFalse();
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content").path(mediaType);
        assertThat(content.isMissingNode())
                .as("%s declares %s for %d of %s %s (declared: %s)", name, mediaType, status, method, pathTemplate,
                        response.path("content").propertyNames())
                .isFalse();
        List<Error> errors = schemaFor(content.path("schema")).validate(JSON.readTree(body));
        assertThat(errors)
                .as("%s %s → %d body %s must match %s", method, pathTemplate, status, body, name)
                .isEmpty();
    }

    private Schema schemaFor(JsonNode responseSchema) {
        ObjectNode wrapper = closeObjects(responseSchema.deepCopy()) instanceof ObjectNode object
                ? object : JSON.createObjectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", closedComponents);
        return registry.getSchema(wrapper);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (ref.isString() && ref.asString().startsWith("#/")) {
            return resolve(spec.at(ref.asString().substring(1)));
        }
        return node;
    }

    private static <T extends JsonNode> T closeObjects(T node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.values().forEach(OpenApiContract::closeObjects);
        } else if (node instanceof ArrayNode array) {
            array.values().forEach(OpenApiContract::closeObjects);
        }
        return node;
    }
}

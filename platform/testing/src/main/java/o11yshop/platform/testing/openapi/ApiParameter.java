package o11yshop.platform.testing.openapi;

import tools.jackson.databind.JsonNode;

/** A path, query or header parameter of an operation, with its schema ({@code $ref}s followed). */
public record ApiParameter(String name, String in, boolean required, JsonNode schema) {
}

package o11yshop.platform.observability.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Edits a valid document into an invalid one, for the specification tests. */
final class JsonEdits {

    private JsonEdits() {
    }

    /** Sets the value at a JSON pointer whose parent exists. */
    static void set(ObjectNode document, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = document.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(field), value);
        } else {
            ((ObjectNode) parent).set(field, value);
        }
    }
}

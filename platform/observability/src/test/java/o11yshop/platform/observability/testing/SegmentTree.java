package o11yshop.platform.observability.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** Finds entities in a segment document, however deeply the subsegments nest. */
public final class SegmentTree {

    private SegmentTree() {
    }

    /** The document and every subsegment in it. */
    public static Stream<JsonNode> entities(JsonNode document) {
        List<JsonNode> all = new ArrayList<>(List.of(document));
        document.path("subsegments").forEach(child -> entities(child).forEach(all::add));
        return all.stream();
    }

    /** The first entity of that name; an assertion error naming the document when there is none. */
    public static JsonNode named(JsonNode document, String name) {
        return entities(document).filter(entity -> name.equals(entity.path("name").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + name + "\" in " + document));
    }
}

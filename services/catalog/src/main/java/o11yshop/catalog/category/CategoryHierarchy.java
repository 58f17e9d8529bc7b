package o11yshop.catalog.category;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The category hierarchy in memory. It is small (tens of rows), so walking it here is simpler and
 * cheaper than recursive SQL, and works the same on every database engine.
 */
public final class CategoryHierarchy {

    private final Map<Long, CategoryNode> byId = new LinkedHashMap<>();
    private final Map<Long, List<CategoryNode>> childrenById = new LinkedHashMap<>();
    private final List<CategoryNode> roots = new ArrayList<>();
    private final Map<Long, Integer> ownProductCounts;

    /** @param nodesInDisplayOrder every category, siblings in the order they are shown */
    public CategoryHierarchy(List<CategoryNode> nodesInDisplayOrder, Map<Long, Integer> ownProductCounts) {
        this.ownProductCounts = ownProductCounts;
        nodesInDisplayOrder.forEach(node -> byId.put(node.id(), node));
        for (CategoryNode node : nodesInDisplayOrder) {
            if (node.parentId() == null || !byId.containsKey(node.parentId())) {
                roots.add(node);
            } else {
                childrenById.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
            }
        }
    }

    public List<CategoryNode> roots() {
        return List.copyOf(roots);
    }

    public List<CategoryNode> childrenOf(long id) {
        return List.copyOf(childrenById.getOrDefault(id, List.of()));
    }

    public Optional<CategoryNode> bySlug(String slug) {
        return byId.values().stream().filter(node -> node.slug().equals(slug)).findFirst();
    }

    public Optional<CategoryNode> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The category and all categories below it, at any depth. */
    public Set<Long> selfAndDescendants(long id) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        collect(id, ids);
        return ids;
    }

    /** From the top-level category down to this one, inclusive. */
    public List<CategoryNode> breadcrumb(long id) {
        List<CategoryNode> path = new ArrayList<>();
        CategoryNode node = byId.get(id);
        while (node != null && !path.contains(node)) {
            path.addFirst(node);
            node = node.parentId() == null ? null : byId.get(node.parentId());
        }
        return path;
    }

    /** Products in this category and in every category below it. */
    public int productCount(long id) {
        return selfAndDescendants(id).stream().collect(Collectors.summingInt(c -> ownProductCounts.getOrDefault(c, 0)));
    }

    private void collect(long id, Set<Long> into) {
        if (byId.containsKey(id) && into.add(id)) {
            childrenById.getOrDefault(id, List.of()).forEach(child -> collect(child.id(), into));
        }
    }
}

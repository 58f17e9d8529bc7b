package o11yshop.catalog.category;

import java.util.List;
import o11yshop.catalog.api.model.CategoryRef;

/** How a category is named inside other answers (product cards, breadcrumbs). */
public final class CategoryRefs {

    private CategoryRefs() {
    }

    public static CategoryRef of(CategoryNode node) {
        return new CategoryRef(node.id(), node.slug(), node.name());
    }

    public static List<CategoryRef> of(List<CategoryNode> nodes) {
        return nodes.stream().map(CategoryRefs::of).toList();
    }
}

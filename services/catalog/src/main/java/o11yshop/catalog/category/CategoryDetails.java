package o11yshop.catalog.category;

import o11yshop.catalog.api.model.CategoryDetail;

/** One category as the API shows it on its own: with its breadcrumb, direct sub-categories and product count. */
final class CategoryDetails {

    private CategoryDetails() {
    }

    static CategoryDetail of(CategoryHierarchy tree, CategoryNode node) {
        return new CategoryDetail(node.id(), node.slug(), node.name(), node.description(), tree.productCount(node.id()),
                CategoryRefs.of(tree.breadcrumb(node.id())), CategoryRefs.of(tree.childrenOf(node.id())));
    }
}

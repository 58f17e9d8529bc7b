package o11yshop.catalog.category;

import java.util.List;
import o11yshop.catalog.api.CategoriesApi;
import o11yshop.catalog.api.model.Category;
import o11yshop.catalog.api.model.CategoryDetail;
import o11yshop.catalog.api.model.CategoryTree;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CategoryController implements CategoriesApi {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @Override
    public ResponseEntity<CategoryTree> listCategories() {
        CategoryHierarchy tree = categories.hierarchy();
        return ResponseEntity.ok(new CategoryTree(tree.roots().stream().map(root -> toApi(tree, root)).toList()));
    }

    @Override
    public ResponseEntity<CategoryDetail> getCategory(String slug) {
        CategoryHierarchy tree = categories.hierarchy();
        CategoryNode node = tree.bySlug(slug).orElseThrow(() -> new ResourceNotFoundException("Category", slug));
        return ResponseEntity.ok(CategoryDetails.of(tree, node));
    }

    private static Category toApi(CategoryHierarchy tree, CategoryNode node) {
        List<Category> children = tree.childrenOf(node.id()).stream().map(child -> toApi(tree, child)).toList();
        return new Category(node.id(), node.slug(), node.name(), node.description(), tree.productCount(node.id()), children);
    }
}

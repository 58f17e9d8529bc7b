package o11yshop.catalog.category;

import static o11yshop.catalog.EditableCatalog.admin;
import static o11yshop.catalog.EditableCatalog.expect;
import static o11yshop.catalog.EditableCatalog.expectProblem;
import static o11yshop.catalog.EditableCatalog.productJson;
import static o11yshop.catalog.EditableCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import o11yshop.catalog.CatalogApi.Response;
import o11yshop.catalog.EditableCatalogSuite;
import o11yshop.catalog.OnEngine;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The admin console's changes to the category hierarchy over HTTP, on PostgreSQL and on MySQL: new
 * categories show in the tree, moves keep it a tree, and only an empty category can go.
 */
abstract class CategoryAdminApiTest extends EditableCatalogSuite {

    @Test
    void aNewTopLevelCategoryAndAChildOfItShowInTheTree() {
        String top = "top-" + unique();
        String child = "child-" + unique();

        Response created = expect(201, "POST", "/categories", create(top, null, 3));
        Response createdChild = expect(201, "POST", "/categories", create(child, top, 0));

        assertThat(created.header("Location")).hasValue("/api/catalog/categories/" + top);
        assertThat(created.json().path("productCount").asInt()).isZero();
        assertThat(createdChild.json().path("breadcrumb").valueStream().map(c -> c.path("slug").asString()))
                .containsExactly(top, child);
        JsonNode inTree = treeNode(top).orElseThrow();
        assertThat(inTree.path("name").asString()).isEqualTo("Name of " + top);
        assertThat(inTree.path("children").valueStream().map(c -> c.path("slug").asString())).containsExactly(child);
        assertThat(expect(200, "GET", "/categories/{slug}", api.get("/categories/" + top)).json()
                .path("children").valueStream().map(c -> c.path("slug").asString())).containsExactly(child);
    }

    @Test
    void productsCountInTheirCategoryAndItsAncestors() {
        String top = newCategory(null);
        String child = newCategory(top);
        long childId = api.get("/categories/" + child).json().path("id").asLong();

        api.send("POST", "/products", admin(), productJson("CNT-" + unique(), childId, 100));

        assertThat(api.get("/categories/" + top).json().path("productCount").asInt()).isEqualTo(1);
        assertThat(api.get("/categories/" + child).json().path("productCount").asInt()).isEqualTo(1);
        assertThat(api.get("/products?category=" + top).json().path("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aSlugIsTakenOnce() {
        String before = catalog.snapshot();

        expectProblem(409, "slug-taken", "POST", "/categories", create("audio", null, 0));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void anUnknownParentIsUnprocessable() {
        String slug = newCategory(null);
        String before = catalog.snapshot();

        expectProblem(422, "unknown-category", "POST", "/categories", create("orphan-" + unique(), "no-such-parent", 0));
        expectProblem(422, "unknown-category", "PUT", "/categories/{slug}", change(slug, "Name", "no-such-parent", 0));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void aCategoryIsRenamedDescribedReorderedAndMovedButKeepsItsSlug() {
        String from = newCategory(null);
        String to = newCategory(null);
        String moved = newCategory(from);

        JsonNode changed = expect(200, "PUT", "/categories/{slug}", change(moved, "Moved", to, 7)).json();

        assertThat(changed.path("slug").asString()).isEqualTo(moved);
        assertThat(changed.path("name").asString()).isEqualTo("Moved");
        assertThat(changed.path("description").asString()).isEqualTo("Described anew");
        assertThat(changed.path("breadcrumb").valueStream().map(c -> c.path("slug").asString())).containsExactly(to, moved);
        assertThat(treeNode(from).orElseThrow().path("children").size()).isZero();
        assertThat(treeNode(to).orElseThrow().path("children").valueStream().map(c -> c.path("slug").asString()))
                .containsExactly(moved);
    }

    @Test
    void aCategoryWithoutParentBecomesTopLevel() {
        String parent = newCategory(null);
        String child = newCategory(parent);

        expect(200, "PUT", "/categories/{slug}", change(child, "Now on top", null, 0));

        assertThat(treeNode(child)).isPresent();
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrItsDescendants() {
        String top = newCategory(null);
        String middle = newCategory(top);
        String bottom = newCategory(middle);
        String before = catalog.snapshot();

        for (String newParent : List.of(top, middle, bottom)) {
            expectProblem(409, "category-cycle", "PUT", "/categories/{slug}", change(top, "Loop", newParent, 0));
        }
        expectProblem(409, "category-cycle", "PUT", "/categories/{slug}", change(middle, "Loop", bottom, 0));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void anUnknownCategoryCannotBeChangedOrDeleted() {
        String before = catalog.snapshot();

        expectProblem(404, "not-found", "PUT", "/categories/{slug}", change("no-such-category", "Name", null, 0));
        expectProblem(404, "not-found", "DELETE", "/categories/{slug}",
                api.send("DELETE", "/categories/no-such-category", admin(), null));

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void anEmptyCategoryIsDeleted() {
        String slug = newCategory(null);

        expect(204, "DELETE", "/categories/{slug}", api.send("DELETE", "/categories/" + slug, admin(), null));

        expectProblem(404, "not-found", "GET", "/categories/{slug}", api.get("/categories/" + slug));
        assertThat(treeNode(slug)).isEmpty();
        expectProblem(404, "not-found", "DELETE", "/categories/{slug}", api.send("DELETE", "/categories/" + slug, admin(), null));
    }

    @Test
    void aCategoryWithSubCategoriesOrProductsEvenDeletedOnesStays() {
        String withChild = newCategory(null);
        newCategory(withChild);
        String withDeletedProduct = newCategory(null);
        long categoryId = api.get("/categories/" + withDeletedProduct).json().path("id").asLong();
        long productId = api.send("POST", "/products", admin(), productJson("GONE-" + unique(), categoryId, 100))
                .json().path("id").asLong();
        api.send("DELETE", "/products/" + productId, admin(), null);
        String before = catalog.snapshot();

        for (String slug : List.of(withChild, withDeletedProduct, "audio", "electronics")) {
            expectProblem(409, "category-in-use", "DELETE", "/categories/{slug}",
                    api.send("DELETE", "/categories/" + slug, admin(), null));
        }

        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    private String newCategory(@Nullable String parent) {
        String slug = "cat-" + unique();
        expect(201, "POST", "/categories", create(slug, parent, 0));
        return slug;
    }

    private Response create(String slug, @Nullable String parent, int sortOrder) {
        return api.send("POST", "/categories", admin(), """
                {"slug":"%s","name":"Name of %s","description":"Made by a test.","parentSlug":%s,"sortOrder":%d}"""
                .formatted(slug, slug, parent == null ? "null" : "\"" + parent + "\"", sortOrder));
    }

    private Response change(String slug, String name, @Nullable String parent, int sortOrder) {
        String parentMember = parent == null ? "" : ",\"parentSlug\":\"" + parent + "\"";
        return api.send("PUT", "/categories/" + slug, admin(), """
                {"name":"%s","description":"Described anew","sortOrder":%d%s}""".formatted(name, sortOrder, parentMember));
    }

    /** The category among the tree's top-level ones. */
    private Optional<JsonNode> treeNode(String slug) {
        return expect(200, "GET", "/categories", api.get("/categories")).json().path("categories").valueStream()
                .filter(category -> category.path("slug").asString().equals(slug)).findFirst();
    }
}

class CategoryAdminApiOnPostgresTest extends CategoryAdminApiTest implements OnEngine.Postgres {
}

class CategoryAdminApiOnMysqlTest extends CategoryAdminApiTest implements OnEngine.Mysql {
}

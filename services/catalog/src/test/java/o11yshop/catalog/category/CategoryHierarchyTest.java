package o11yshop.catalog.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryHierarchyTest {

    private final CategoryHierarchy hierarchy = new CategoryHierarchy(List.of(
            new CategoryNode(1, "electronics", "Electronics", "", null),
            new CategoryNode(2, "audio", "Audio", "", 1L),
            new CategoryNode(3, "headphones", "Headphones", "", 2L),
            new CategoryNode(4, "cameras", "Cameras", "", 1L),
            new CategoryNode(5, "books", "Books", "", null)),
            Map.of(2L, 3, 3L, 4, 4L, 5, 5L, 6));

    @Test
    void topLevelCategoriesAreTheRoots() {
        assertThat(hierarchy.roots()).extracting(CategoryNode::slug).containsExactly("electronics", "books");
    }

    @Test
    void descendantsIncludeEveryDepth() {
        assertThat(hierarchy.selfAndDescendants(1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(hierarchy.selfAndDescendants(5)).containsExactly(5L);
        assertThat(hierarchy.selfAndDescendants(99)).isEmpty();
    }

    @Test
    void breadcrumbRunsFromTheTopDown() {
        assertThat(hierarchy.breadcrumb(3)).extracting(CategoryNode::slug)
                .containsExactly("electronics", "audio", "headphones");
    }

    @Test
    void productCountsIncludeSubCategories() {
        assertThat(hierarchy.productCount(1)).isEqualTo(12);
        assertThat(hierarchy.productCount(2)).isEqualTo(7);
        assertThat(hierarchy.productCount(5)).isEqualTo(6);
    }

    @Test
    void aCycleInTheDataCannotLoopForever() {
        CategoryHierarchy cyclic = new CategoryHierarchy(List.of(
                new CategoryNode(1, "a", "A", "", 2L),
                new CategoryNode(2, "b", "B", "", 1L)), Map.of());

        assertThat(cyclic.breadcrumb(1)).hasSize(2);
        assertThat(cyclic.selfAndDescendants(1)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void findsBySlug() {
        assertThat(hierarchy.bySlug("cameras")).map(CategoryNode::id).contains(4L);
        assertThat(hierarchy.bySlug("nope")).isEmpty();
    }
}

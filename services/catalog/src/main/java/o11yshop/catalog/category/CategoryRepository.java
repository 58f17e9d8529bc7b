package o11yshop.catalog.category;

import static o11yshop.catalog.db.Tables.CATEGORY;
import static o11yshop.catalog.db.Tables.PRODUCT;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CategoryRepository {

    private final DSLContext dsl;

    CategoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    CategoryHierarchy loadHierarchy() {
        var nodes = dsl.select(CATEGORY.ID, CATEGORY.SLUG, CATEGORY.NAME, CATEGORY.DESCRIPTION, CATEGORY.PARENT_ID)
                .from(CATEGORY)
                .orderBy(CATEGORY.SORT_ORDER, CATEGORY.NAME)
                .fetch(row -> new CategoryNode(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
        Map<Long, Integer> productCounts = dsl.select(PRODUCT.CATEGORY_ID, DSL.count())
                .from(PRODUCT)
                .where(PRODUCT.DELETED_AT.isNull())
                .groupBy(PRODUCT.CATEGORY_ID)
                .fetchMap(PRODUCT.CATEGORY_ID, DSL.count());
        return new CategoryHierarchy(nodes, productCounts);
    }

    /**
     * Locks every category until the transaction ends. Changes to the hierarchy are rare and the table
     * is small, so taking them one at a time is cheap, and it is what keeps two moves made at once from
     * forming a cycle that neither would form alone.
     */
    void lockAll() {
        dsl.select(CATEGORY.ID).from(CATEGORY).forUpdate().fetch();
    }

    void insert(String slug, CategoryDraft draft, Long parentId) {
        dsl.insertInto(CATEGORY)
                .set(CATEGORY.SLUG, slug)
                .set(CATEGORY.NAME, draft.name())
                .set(CATEGORY.DESCRIPTION, draft.description())
                .set(CATEGORY.PARENT_ID, parentId)
                .set(CATEGORY.SORT_ORDER, draft.sortOrder())
                .execute();
    }

    void update(long id, CategoryDraft draft, Long parentId) {
        dsl.update(CATEGORY)
                .set(CATEGORY.NAME, draft.name())
                .set(CATEGORY.DESCRIPTION, draft.description())
                .set(CATEGORY.PARENT_ID, parentId)
                .set(CATEGORY.SORT_ORDER, draft.sortOrder())
                .where(CATEGORY.ID.eq(id))
                .execute();
    }

    /** Whether any product row names the category, deleted products included. */
    boolean hasProducts(long id) {
        return dsl.fetchExists(PRODUCT, PRODUCT.CATEGORY_ID.eq(id));
    }

    void delete(long id) {
        dsl.deleteFrom(CATEGORY).where(CATEGORY.ID.eq(id)).execute();
    }
}

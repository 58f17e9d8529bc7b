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
}

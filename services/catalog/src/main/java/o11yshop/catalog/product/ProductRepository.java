package o11yshop.catalog.product;

import static o11yshop.catalog.db.Tables.CATEGORY;
import static o11yshop.catalog.db.Tables.PRODUCT;
import static o11yshop.catalog.db.Tables.PRODUCT_IMAGE;
import static o11yshop.catalog.db.Tables.REVIEW;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {

    private static final int MAX_REVIEWS_SHOWN = 50;

    private final DSLContext dsl;

    ProductRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    SQLDialect dialect() {
        return dsl.dialect();
    }

    static Condition notDeleted() {
        return PRODUCT.DELETED_AT.isNull();
    }

    List<ProductRow> findPage(Condition where, List<SortField<?>> order, ProductPageRequest page) {
        return dsl.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.DESCRIPTION, PRODUCT.PRICE_JPY,
                        PRODUCT.CATEGORY_ID, PRODUCT.FEATURED, PRODUCT.CREATED_AT)
                .from(PRODUCT)
                .where(where)
                .orderBy(order)
                .limit(page.size())
                .offset(page.offset())
                .fetch(ProductRepository::toRow);
    }

    long count(Condition where) {
        return dsl.fetchCount(PRODUCT, where);
    }

    Optional<ProductRow> findById(long id) {
        return dsl.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.DESCRIPTION, PRODUCT.PRICE_JPY,
                        PRODUCT.CATEGORY_ID, PRODUCT.FEATURED, PRODUCT.CREATED_AT)
                .from(PRODUCT)
                .where(PRODUCT.ID.eq(id).and(notDeleted()))
                .fetchOptional(ProductRepository::toRow);
    }

    Map<Long, RatingSummary> ratingsOf(Collection<Long> productIds) {
        return dsl.select(REVIEW.PRODUCT_ID, DSL.avg(REVIEW.RATING), DSL.count())
                .from(REVIEW)
                .where(REVIEW.PRODUCT_ID.in(productIds))
                .groupBy(REVIEW.PRODUCT_ID)
                .fetchMap(REVIEW.PRODUCT_ID, row -> RatingSummary.of(row.value2(), row.value3()));
    }

    /** Every image of the given products, each product's in display order. */
    Map<Long, List<ProductImage>> imagesOf(Collection<Long> productIds) {
        Map<Long, List<ProductImage>> images = new LinkedHashMap<>();
        dsl.select(PRODUCT_IMAGE.PRODUCT_ID, PRODUCT_IMAGE.OBJECT_KEY, PRODUCT_IMAGE.ALT_TEXT)
                .from(PRODUCT_IMAGE)
                .where(PRODUCT_IMAGE.PRODUCT_ID.in(productIds))
                .orderBy(PRODUCT_IMAGE.PRODUCT_ID, PRODUCT_IMAGE.POSITION, PRODUCT_IMAGE.ID)
                .forEach(row -> images.computeIfAbsent(row.value1(), id -> new java.util.ArrayList<>())
                        .add(new ProductImage(row.value1(), row.value2(), row.value3())));
        return images;
    }

    List<ProductReview> reviewsOf(long productId) {
        return dsl.select(REVIEW.ID, REVIEW.AUTHOR_NAME, REVIEW.RATING, REVIEW.TITLE, REVIEW.BODY, REVIEW.CREATED_AT)
                .from(REVIEW)
                .where(REVIEW.PRODUCT_ID.eq(productId))
                .orderBy(REVIEW.CREATED_AT.desc(), REVIEW.ID.desc())
                .limit(MAX_REVIEWS_SHOWN)
                .fetch(row -> new ProductReview(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6()));
    }

    /** The new product's id. */
    long insert(ProductDraft draft, LocalDateTime createdAt) {
        return dsl.insertInto(PRODUCT)
                .set(PRODUCT.SKU, draft.sku())
                .set(PRODUCT.NAME, draft.name())
                .set(PRODUCT.DESCRIPTION, draft.description())
                .set(PRODUCT.PRICE_JPY, draft.priceJpy())
                .set(PRODUCT.CATEGORY_ID, draft.categoryId())
                .set(PRODUCT.FEATURED, draft.featured())
                .set(PRODUCT.CREATED_AT, createdAt)
                .returningResult(PRODUCT.ID)
                .fetchSingle(PRODUCT.ID);
    }

    /** Whether there was a product, not deleted, to change. */
    boolean replace(long id, ProductDraft draft) {
        return dsl.update(PRODUCT)
                .set(PRODUCT.SKU, draft.sku())
                .set(PRODUCT.NAME, draft.name())
                .set(PRODUCT.DESCRIPTION, draft.description())
                .set(PRODUCT.PRICE_JPY, draft.priceJpy())
                .set(PRODUCT.CATEGORY_ID, draft.categoryId())
                .set(PRODUCT.FEATURED, draft.featured())
                .where(PRODUCT.ID.eq(id).and(notDeleted()))
                .execute() == 1;
    }

    /** Whether there was a product, not deleted yet, to delete. */
    boolean softDelete(long id, LocalDateTime deletedAt) {
        return dsl.update(PRODUCT)
                .set(PRODUCT.DELETED_AT, deletedAt)
                .where(PRODUCT.ID.eq(id).and(notDeleted()))
                .execute() == 1;
    }

    /**
     * Locks the category a product is written into until the transaction ends, so that it cannot be
     * deleted in between; false when there is no such category.
     */
    boolean lockCategory(long categoryId) {
        return dsl.select(CATEGORY.ID).from(CATEGORY).where(CATEGORY.ID.eq(categoryId)).forUpdate().fetchOptional().isPresent();
    }

    /** Locks a product that is not deleted until the transaction ends; false when there is none. */
    boolean lockListed(long productId) {
        return dsl.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.ID.eq(productId).and(notDeleted())).forUpdate()
                .fetchOptional().isPresent();
    }

    boolean isListed(long productId) {
        return dsl.fetchExists(PRODUCT, PRODUCT.ID.eq(productId).and(notDeleted()));
    }

    boolean hasImage(String objectKey) {
        return dsl.fetchExists(PRODUCT_IMAGE, PRODUCT_IMAGE.OBJECT_KEY.eq(objectKey));
    }

    /** Adds the image after the product's others. */
    void appendImage(long productId, String objectKey, String altText) {
        Integer last = dsl.select(DSL.max(PRODUCT_IMAGE.POSITION)).from(PRODUCT_IMAGE)
                .where(PRODUCT_IMAGE.PRODUCT_ID.eq(productId)).fetchSingle().value1();
        dsl.insertInto(PRODUCT_IMAGE)
                .set(PRODUCT_IMAGE.PRODUCT_ID, productId)
                .set(PRODUCT_IMAGE.OBJECT_KEY, objectKey)
                .set(PRODUCT_IMAGE.ALT_TEXT, altText)
                .set(PRODUCT_IMAGE.POSITION, last == null ? 0 : last + 1)
                .execute();
    }

    private static ProductRow toRow(Record8<Long, String, String, String, Long, Long, Boolean, LocalDateTime> row) {
        return new ProductRow(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(),
                row.value7(), row.value8());
    }
}

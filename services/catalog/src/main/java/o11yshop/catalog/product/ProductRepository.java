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
import o11yshop.catalog.db.tables.records.ProductRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record8;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {

    private static final int MAX_REVIEWS_SHOWN = 50;

    /** One page of products, and how many there are on every page together. */
    record RowPage(List<ProductRow> rows, long total) {
    }

    private final DSLContext dsl;
    private final FullTextSearch fullText;

    ProductRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.fullText = new FullTextSearch(dsl.dialect());
    }

    private static Condition notDeleted() {
        return PRODUCT.DELETED_AT.isNull();
    }

    /** Products of the given categories (all of them when none are given), only featured ones if asked. */
    RowPage list(@Nullable Collection<Long> categoryIds, boolean featuredOnly, ProductOrder order, ProductPageRequest page) {
        Condition where = notDeleted();
        if (categoryIds != null) {
            where = where.and(PRODUCT.CATEGORY_ID.in(categoryIds));
        }
        if (featuredOnly) {
            where = where.and(PRODUCT.FEATURED.isTrue());
        }
        return page(where, sortFields(order, DSL.inline(0.0)), page);
    }

    /** Products whose name or description contain every search term (or words starting with them). */
    RowPage search(SearchTerms terms, ProductOrder order, ProductPageRequest page) {
        return page(notDeleted().and(fullText.matches(terms)), sortFields(order, fullText.relevance(terms)), page);
    }

    private RowPage page(Condition where, List<SortField<?>> order, ProductPageRequest page) {
        long total = dsl.fetchCount(PRODUCT, where);
        return new RowPage(total == 0 ? List.of() : findPage(where, order, page), total);
    }

    private List<ProductRow> findPage(Condition where, List<SortField<?>> order, ProductPageRequest page) {
        return dsl.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.DESCRIPTION, PRODUCT.PRICE_JPY,
                        PRODUCT.CATEGORY_ID, PRODUCT.FEATURED, PRODUCT.CREATED_AT)
                .from(PRODUCT)
                .where(where)
                .orderBy(order)
                .limit(page.size())
                .offset(page.offset())
                .fetch(ProductRepository::toRow);
    }

    /**
     * The columns a product order sorts by; the id breaks ties so that paging is stable.
     *
     * @param relevance the search rank, used only by {@link ProductOrder#RELEVANCE}
     */
    private static List<SortField<?>> sortFields(ProductOrder order, Field<Double> relevance) {
        return switch (order) {
            case RELEVANCE -> List.of(relevance.desc(), PRODUCT.ID.asc());
            case NEWEST -> List.of(PRODUCT.CREATED_AT.desc(), PRODUCT.ID.desc());
            case PRICE_ASC -> List.of(PRODUCT.PRICE_JPY.asc(), PRODUCT.ID.asc());
            case PRICE_DESC -> List.of(PRODUCT.PRICE_JPY.desc(), PRODUCT.ID.asc());
            case NAME_ASC -> List.of(PRODUCT.NAME.asc(), PRODUCT.ID.asc());
            case NAME_DESC -> List.of(PRODUCT.NAME.desc(), PRODUCT.ID.asc());
        };
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
                .set(columnsOf(draft))
                .set(PRODUCT.CREATED_AT, createdAt)
                .returningResult(PRODUCT.ID)
                .fetchSingle(PRODUCT.ID);
    }

    /** Whether there was a product, not deleted, to change. */
    boolean replace(long id, ProductDraft draft) {
        return dsl.update(PRODUCT)
                .set(columnsOf(draft))
                .where(PRODUCT.ID.eq(id).and(notDeleted()))
                .execute() == 1;
    }

    /** The columns an admin's draft sets, the same when a product is created and when it is replaced. */
    private ProductRecord columnsOf(ProductDraft draft) {
        ProductRecord columns = dsl.newRecord(PRODUCT);
        columns.setSku(draft.sku());
        columns.setName(draft.name());
        columns.setDescription(draft.description());
        columns.setPriceJpy(draft.priceJpy());
        columns.setCategoryId(draft.categoryId());
        columns.setFeatured(draft.featured());
        return columns;
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

package o11yshop.catalog.product;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import o11yshop.catalog.api.model.Image;
import o11yshop.catalog.api.model.Money;
import o11yshop.catalog.api.model.ProductDetail;
import o11yshop.catalog.api.model.ProductPage;
import o11yshop.catalog.api.model.ProductSummary;
import o11yshop.catalog.api.model.Review;
import o11yshop.catalog.category.CategoryService;
import o11yshop.catalog.category.CategoryHierarchy;
import o11yshop.catalog.category.CategoryNode;
import o11yshop.catalog.category.CategoryRefs;
import o11yshop.catalog.image.ImageUrls;
import o11yshop.catalog.stock.InventoryClient;
import o11yshop.catalog.stock.StockLevel;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;
import o11yshop.platform.observability.SpanAnnotation;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Product lists, search results and product detail, put together from the catalog's own tables and
 * one call to inventory per answer (a whole list page costs one stock call, not one per product).
 */
@Service
class ProductService {

    private final ProductRepository products;
    private final CategoryService categories;
    private final InventoryClient inventory;
    private final ImageUrls imageUrls;
    private final Observability observability;

    ProductService(ProductRepository products, CategoryService categories, InventoryClient inventory, ImageUrls imageUrls,
            Observability observability) {
        this.products = products;
        this.categories = categories;
        this.inventory = inventory;
        this.imageUrls = imageUrls;
        this.observability = observability;
    }

    /** A page of products, optionally only featured ones or one category with its sub-categories. */
    ProductPage list(ProductOrder order, String categorySlug, boolean featuredOnly, ProductPageRequest page) {
        CategoryHierarchy hierarchy = categories.hierarchy();
        Set<Long> categoryIds = null;
        if (categorySlug != null) {
            CategoryNode category = hierarchy.bySlug(categorySlug)
                    .orElseThrow(() -> new ResourceNotFoundException("Category", categorySlug));
            categoryIds = hierarchy.selfAndDescendants(category.id());
        }
        return page(products.list(categoryIds, featuredOnly, order, page), page, hierarchy);
    }

    /** Products whose name or description contain every word of the query (or words starting with them). */
    ProductPage search(String query, ProductOrder order, ProductPageRequest page) {
        SearchTerms terms = SearchTerms.of(query);
        if (terms.isEmpty()) {
            return new ProductPage(List.of(), page.page(), page.size(), 0L, 0);
        }
        return page(products.search(terms, order, page), page, categories.hierarchy());
    }

    /** A product page: a business span annotated with the product and its category (O-TRACE-04). */
    ProductDetail detail(long productId) {
        try (BusinessSpan span = observability.startSpan("load product")) {
            span.annotate(SpanAnnotation.PRODUCT_ID, productId);
            ProductRow product = products.findById(productId)
                    .orElseThrow(() -> new ResourceNotFoundException("Product", productId));
            ProductDetail detail = detailOf(product);
            span.annotate(SpanAnnotation.CATEGORY, detail.getCategory().getSlug());
            return detail;
        }
    }

    private ProductDetail detailOf(ProductRow product) {
        long productId = product.id();
        CategoryHierarchy hierarchy = categories.hierarchy();
        List<Image> images = products.imagesOf(List.of(productId)).getOrDefault(productId, List.of()).stream()
                .map(image -> new Image(imageUrls.urlOf(image.objectKey()), image.altText()))
                .toList();
        List<Review> reviews = products.reviewsOf(productId).stream().map(ProductService::toApi).toList();
        RatingSummary rating = products.ratingsOf(List.of(productId)).getOrDefault(productId, RatingSummary.NONE);
        StockLevel stock = inventory.stockOf(productId);
        CategoryNode category = hierarchy.byId(product.categoryId()).orElseThrow();
        return new ProductDetail(product.id(), product.sku(), product.name(), product.description(),
                price(product), CategoryRefs.of(category), CategoryRefs.of(hierarchy.breadcrumb(category.id())),
                images, rating.toApi(), reviews, stock.toApi(), product.featured(),
                product.createdAt().atOffset(ZoneOffset.UTC));
    }

    private ProductPage page(ProductRepository.RowPage found, ProductPageRequest page, CategoryHierarchy hierarchy) {
        List<ProductRow> rows = found.rows();
        long total = found.total();
        List<Long> ids = rows.stream().map(ProductRow::id).toList();
        Map<Long, RatingSummary> ratings = ids.isEmpty() ? Map.of() : products.ratingsOf(ids);
        Map<Long, List<ProductImage>> images = ids.isEmpty() ? Map.of() : products.imagesOf(ids);
        Map<Long, StockLevel> stock = inventory.stockOf(ids);
        List<ProductSummary> items = rows.stream()
                .map(row -> new ProductSummary(row.id(), row.sku(), row.name(), price(row),
                        primaryImageUrl(images.get(row.id())),
                        CategoryRefs.of(hierarchy.byId(row.categoryId()).orElseThrow()),
                        ratings.getOrDefault(row.id(), RatingSummary.NONE).toApi(),
                        stock.getOrDefault(row.id(), StockLevel.UNKNOWN).toApi()))
                .toList();
        return new ProductPage(items, page.page(), page.size(), total, page.totalPages(total));
    }

    private String primaryImageUrl(List<ProductImage> images) {
        return images == null || images.isEmpty()
                ? imageUrls.urlOf("products/placeholder.svg")
                : imageUrls.urlOf(images.getFirst().objectKey());
    }

    private static Money price(ProductRow row) {
        return new Money(row.priceJpy(), Money.CurrencyEnum.JPY);
    }

    private static Review toApi(ProductReview review) {
        return new Review(review.id(), review.author(), review.rating(), review.title(), review.body(),
                review.createdAt().atOffset(ZoneOffset.UTC));
    }
}

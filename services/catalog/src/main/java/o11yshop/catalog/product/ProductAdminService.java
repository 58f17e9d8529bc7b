package o11yshop.catalog.product;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import o11yshop.catalog.api.model.ProductDetail;
import o11yshop.catalog.api.model.ProductInput;
import o11yshop.catalog.problem.CatalogProblemType;
import o11yshop.platform.observability.BusinessSpan;
import o11yshop.platform.observability.Observability;
import o11yshop.platform.observability.SpanAnnotation;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import o11yshop.platform.web.problem.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin console's changes to products (A-PROD-01, A-PROD-02). Each change is one short transaction;
 * the answer, which asks inventory for stock, is put together after it has committed, so that no
 * database connection waits on another service. Each change is a business span annotated with the
 * product (and its category where there is one), so that an admin's change is found in the traces by
 * {@code annotation.product_id} next to the shoppers' views of that product (O-TRACE-04).
 */
@Service
public class ProductAdminService {

    private static final Logger log = LoggerFactory.getLogger(ProductAdminService.class);

    private final ProductRepository products;
    private final ProductService catalog;
    private final TransactionTemplate transactions;
    private final Observability observability;

    ProductAdminService(ProductRepository products, ProductService catalog, TransactionTemplate transactions,
            Observability observability) {
        this.products = products;
        this.catalog = catalog;
        this.transactions = transactions;
        this.observability = observability;
    }

    public ProductDetail create(ProductInput input) {
        ProductDraft draft = ProductDraft.of(input);
        try (BusinessSpan span = observability.startSpan("create product")) {
            span.metadata("sku", draft.sku());
            long id = transactions.execute(status -> {
                requireCategory(draft);
                try {
                    return products.insert(draft, nowUtc());
                } catch (DuplicateKeyException e) {
                    throw skuTaken(draft);
                }
            });
            span.annotate(SpanAnnotation.PRODUCT_ID, id);
            log.info("Created product {} (SKU {})", id, draft.sku());
            return annotatedWithCategory(span, catalog.detail(id));
        }
    }

    /** Replaces every field the admin edits; images, reviews and the creation time stay. */
    public ProductDetail replace(long productId, ProductInput input) {
        ProductDraft draft = ProductDraft.of(input);
        try (BusinessSpan span = observability.startSpan("update product")) {
            span.annotate(SpanAnnotation.PRODUCT_ID, productId).metadata("sku", draft.sku());
            transactions.executeWithoutResult(status -> {
                requireCategory(draft);
                boolean replaced;
                try {
                    replaced = products.replace(productId, draft);
                } catch (DuplicateKeyException e) {
                    throw skuTaken(draft);
                }
                if (!replaced) {
                    throw new ResourceNotFoundException("Product", productId);
                }
            });
            log.info("Changed product {} (SKU {})", productId, draft.sku());
            return annotatedWithCategory(span, catalog.detail(productId));
        }
    }

    /**
     * Takes the product out of every list, search and detail page. The row stays, because orders name
     * it, and so does its SKU, which is never given to another product.
     */
    public void delete(long productId) {
        try (BusinessSpan span = observability.startSpan("delete product")) {
            span.annotate(SpanAnnotation.PRODUCT_ID, productId);
            if (!products.softDelete(productId, nowUtc())) {
                throw new ResourceNotFoundException("Product", productId);
            }
            log.info("Deleted product {}", productId);
        }
    }

    private static ProductDetail annotatedWithCategory(BusinessSpan span, ProductDetail product) {
        span.annotate(SpanAnnotation.CATEGORY, product.getCategory().getSlug());
        return product;
    }

    /** Stored times are UTC, whatever the database session's time zone, as the demo data's are. */
    private static LocalDateTime nowUtc() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private void requireCategory(ProductDraft draft) {
        if (!products.lockCategory(draft.categoryId())) {
            throw new ServiceProblem(CatalogProblemType.UNKNOWN_CATEGORY,
                    "There is no category " + draft.categoryId() + ".");
        }
    }

    private static ServiceProblem skuTaken(ProductDraft draft) {
        return new ServiceProblem(CatalogProblemType.SKU_TAKEN,
                "The SKU " + draft.sku() + " belongs to another product, possibly a deleted one.");
    }
}

package o11yshop.catalog.product;

import o11yshop.catalog.api.ProductsApi;
import o11yshop.catalog.api.model.ProductDetail;
import o11yshop.catalog.api.model.ProductPage;
import o11yshop.catalog.api.model.ProductSort;
import o11yshop.catalog.api.model.SearchSort;
import o11yshop.platform.observability.BusinessDimension;
import o11yshop.platform.observability.BusinessMetric;
import o11yshop.platform.observability.BusinessMetrics;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The products API of api/catalog.yaml; parameter bounds are checked by the generated interface. */
@RestController
class ProductController implements ProductsApi {

    private final ProductService catalog;
    private final BusinessMetrics metrics;

    ProductController(ProductService catalog, BusinessMetrics metrics) {
        this.catalog = catalog;
        this.metrics = metrics;
    }

    @Override
    public ResponseEntity<ProductPage> listProducts(Integer page, Integer size, ProductSort sort, String category,
            Boolean featured) {
        return ResponseEntity.ok(catalog.list(ProductOrder.of(sort), category, Boolean.TRUE.equals(featured),
                new ProductPageRequest(page, size)));
    }

    @Override
    public ResponseEntity<ProductPage> searchProducts(String q, Integer page, Integer size, SearchSort sort) {
        ProductPage results = catalog.search(q, ProductOrder.of(sort), new ProductPageRequest(page, size));
        // paging through the results is not another search
        if (page == null || page == 0) {
            metrics.count(BusinessMetric.SEARCH_PERFORMED,
                    results.getTotalItems() == 0 ? BusinessDimension.NO_RESULTS : BusinessDimension.RESULTS_FOUND);
        }
        return ResponseEntity.ok(results);
    }

    /** Counted once the product was found: a 404 is not a view (O-METRIC-04). */
    @Override
    public ResponseEntity<ProductDetail> getProduct(Long productId) {
        ProductDetail detail = catalog.detail(productId);
        metrics.count(BusinessMetric.PRODUCT_VIEWED);
        return ResponseEntity.ok(detail);
    }
}

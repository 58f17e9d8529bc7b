package o11yshop.catalog.product;

import o11yshop.catalog.api.ProductsApi;
import o11yshop.catalog.api.model.ProductDetail;
import o11yshop.catalog.api.model.ProductPage;
import o11yshop.catalog.api.model.ProductSort;
import o11yshop.catalog.api.model.SearchSort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The products API of api/catalog.yaml; parameter bounds are checked by the generated interface. */
@RestController
class ProductController implements ProductsApi {

    private final ProductCatalog catalog;

    ProductController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ResponseEntity<ProductPage> listProducts(Integer page, Integer size, ProductSort sort, String category,
            Boolean featured) {
        return ResponseEntity.ok(catalog.list(ProductOrder.of(sort), category, Boolean.TRUE.equals(featured),
                new ProductPageRequest(page, size)));
    }

    @Override
    public ResponseEntity<ProductPage> searchProducts(String q, Integer page, Integer size, SearchSort sort) {
        return ResponseEntity.ok(catalog.search(q, ProductOrder.of(sort), new ProductPageRequest(page, size)));
    }

    @Override
    public ResponseEntity<ProductDetail> getProduct(Long productId) {
        return ResponseEntity.ok(catalog.detail(productId));
    }
}

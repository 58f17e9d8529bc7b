package o11yshop.catalog.admin;

import java.net.URI;
import o11yshop.catalog.api.CatalogAdminApi;
import o11yshop.catalog.api.model.CategoryChange;
import o11yshop.catalog.api.model.CategoryDetail;
import o11yshop.catalog.api.model.Image;
import o11yshop.catalog.api.model.ImageAttachment;
import o11yshop.catalog.api.model.ImageUpload;
import o11yshop.catalog.api.model.ImageUploadRequest;
import o11yshop.catalog.api.model.NewCategory;
import o11yshop.catalog.api.model.ProductDetail;
import o11yshop.catalog.api.model.ProductInput;
import o11yshop.catalog.category.CategoryAdminService;
import o11yshop.catalog.image.ImageType;
import o11yshop.catalog.image.ImageUploadService;
import o11yshop.catalog.product.ProductAdminService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin console's API of api/catalog.yaml (tag {@code catalog-admin}). Only admins reach it: the
 * routes are {@code shop.security.admin-paths} in catalog.yaml. Bodies are checked against the
 * contract's bounds by the generated interface; the features check the rest.
 */
@RestController
class CatalogAdminController implements CatalogAdminApi {

    private final ProductAdminService products;
    private final CategoryAdminService categories;
    private final ImageUploadService images;
    private final String contextPath;

    CatalogAdminController(ProductAdminService products, CategoryAdminService categories, ImageUploadService images,
            @Value("${server.servlet.context-path:}") String contextPath) {
        this.products = products;
        this.categories = categories;
        this.images = images;
        this.contextPath = contextPath;
    }

    @Override
    public ResponseEntity<ProductDetail> createProduct(ProductInput productInput) {
        ProductDetail created = products.create(productInput);
        return ResponseEntity.created(location("/products/" + created.getId())).body(created);
    }

    @Override
    public ResponseEntity<ProductDetail> updateProduct(Long productId, ProductInput productInput) {
        return ResponseEntity.ok(products.replace(productId, productInput));
    }

    @Override
    public ResponseEntity<Void> deleteProduct(Long productId) {
        products.delete(productId);
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<CategoryDetail> createCategory(NewCategory newCategory) {
        CategoryDetail created = categories.create(newCategory);
        return ResponseEntity.created(location("/categories/" + created.getSlug())).body(created);
    }

    @Override
    public ResponseEntity<CategoryDetail> updateCategory(String slug, CategoryChange categoryChange) {
        return ResponseEntity.ok(categories.update(slug, categoryChange));
    }

    @Override
    public ResponseEntity<Void> deleteCategory(String slug) {
        categories.delete(slug);
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<ImageUpload> startImageUpload(Long productId, ImageUploadRequest request) {
        ImageType type = ImageType.ofContentType(request.getContentType().getValue());
        return ResponseEntity.status(HttpStatus.CREATED).body(images.start(productId, type, request.getContentLength()));
    }

    @Override
    public ResponseEntity<Image> attachProductImage(Long productId, ImageAttachment attachment) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(images.attach(productId, attachment.getObjectKey(), attachment.getAlt()));
    }

    /** Relative to the origin, so that it is right behind the edge, CloudFront or any other proxy. */
    private URI location(String path) {
        return URI.create(contextPath + path);
    }
}

package o11yshop.catalog.product;

import o11yshop.catalog.problem.CatalogProblemType;
import o11yshop.platform.web.problem.ResourceNotFoundException;
import o11yshop.platform.web.problem.ServiceProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product side of an image upload: which products may get images, and adding one. */
@Service
public class ProductImageService {

    private final ProductRepository products;

    ProductImageService(ProductRepository products) {
        this.products = products;
    }

    /** Refuses a product that does not exist or is deleted, as its detail page does (404). */
    public void requireListed(long productId) {
        if (!products.isListed(productId)) {
            throw new ResourceNotFoundException("Product", productId);
        }
    }

    /**
     * Shows the stored object as the product's last image; as its first, it is also the product's picture
     * in lists. The product is locked meanwhile, so that it is not deleted in between and two images
     * added at once get positions of their own.
     */
    @Transactional
    public void append(long productId, String objectKey, String altText) {
        if (!products.lockListed(productId)) {
            throw new ResourceNotFoundException("Product", productId);
        }
        if (products.hasImage(objectKey)) {
            throw alreadyAttached(objectKey);
        }
        try {
            products.appendImage(productId, objectKey, altText);
        } catch (DuplicateKeyException e) {
            throw alreadyAttached(objectKey);
        }
    }

    private static ServiceProblem alreadyAttached(String objectKey) {
        return new ServiceProblem(CatalogProblemType.IMAGE_ALREADY_ATTACHED, objectKey + " is already a product image.");
    }
}

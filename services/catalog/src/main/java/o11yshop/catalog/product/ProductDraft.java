package o11yshop.catalog.product;

import o11yshop.catalog.api.model.ProductInput;
import o11yshop.platform.web.problem.InvalidParameterException;

/**
 * A product as the admin wants it to be, checked beyond what the contract's bounds say: a name or
 * description of spaces only would pass {@code minLength} but show as nothing in the shop.
 */
record ProductDraft(String sku, String name, String description, long priceJpy, long categoryId, boolean featured) {

    static ProductDraft of(ProductInput input) {
        return new ProductDraft(input.getSku(), notBlank("name", input.getName()),
                notBlank("description", input.getDescription()), input.getPriceJpy(), input.getCategoryId(),
                Boolean.TRUE.equals(input.getFeatured()));
    }

    private static String notBlank(String field, String value) {
        if (value.isBlank()) {
            throw new InvalidParameterException(field, "must not be blank");
        }
        return value.strip();
    }
}

package o11yshop.catalog.product;

import o11yshop.catalog.api.model.ProductSort;
import o11yshop.catalog.api.model.SearchSort;

/** The orders a product list can come in. */
enum ProductOrder {
    RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC, NAME_ASC, NAME_DESC;

    static ProductOrder of(ProductSort sort) {
        return valueOf(sort.name());
    }

    static ProductOrder of(SearchSort sort) {
        return valueOf(sort.name());
    }
}

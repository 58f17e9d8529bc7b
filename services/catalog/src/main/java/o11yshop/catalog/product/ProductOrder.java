package o11yshop.catalog.product;

import static o11yshop.catalog.db.Tables.PRODUCT;

import java.util.List;
import o11yshop.catalog.api.model.ProductSort;
import o11yshop.catalog.api.model.SearchSort;
import org.jooq.Field;
import org.jooq.SortField;

/** The orders a product list can come in; the id breaks ties so that paging is stable. */
enum ProductOrder {
    RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC, NAME_ASC, NAME_DESC;

    static ProductOrder of(ProductSort sort) {
        return valueOf(sort.name());
    }

    static ProductOrder of(SearchSort sort) {
        return valueOf(sort.name());
    }

    /** @param relevance the search rank, used only by {@link #RELEVANCE} */
    List<SortField<?>> sortFields(Field<Double> relevance) {
        return switch (this) {
            case RELEVANCE -> List.of(relevance.desc(), PRODUCT.ID.asc());
            case NEWEST -> List.of(PRODUCT.CREATED_AT.desc(), PRODUCT.ID.desc());
            case PRICE_ASC -> List.of(PRODUCT.PRICE_JPY.asc(), PRODUCT.ID.asc());
            case PRICE_DESC -> List.of(PRODUCT.PRICE_JPY.desc(), PRODUCT.ID.asc());
            case NAME_ASC -> List.of(PRODUCT.NAME.asc(), PRODUCT.ID.asc());
            case NAME_DESC -> List.of(PRODUCT.NAME.desc(), PRODUCT.ID.asc());
        };
    }
}

package o11yshop.catalog.stock;

import o11yshop.catalog.api.model.Stock;
import o11yshop.catalog.api.model.StockStatus;

/** Stock as the catalog shows it: inventory's answer, or {@code unknown} when inventory did not answer. */
public record StockLevel(StockStatus status, Integer available) {

    public static final StockLevel UNKNOWN = new StockLevel(StockStatus.UNKNOWN, null);

    public Stock toApi() {
        return new Stock(status).available(available);
    }
}

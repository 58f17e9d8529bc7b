package o11yshop.inventory.stock;

import o11yshop.inventory.api.model.StockStatus;

/** How many units of one product can be sold, how many are held for checkouts, and from how few on the shop calls it low. */
public record ProductStock(long productId, int available, int reserved, int lowStockThreshold) {

    /** The threshold a product starts with (the schema's column default). */
    static final int DEFAULT_LOW_STOCK_THRESHOLD = 5;

    /** A product inventory has never received: nothing to sell, and the threshold it would start with. */
    static ProductStock untracked(long productId) {
        return of(productId, StockCounts.UNTRACKED);
    }

    static ProductStock of(long productId, StockCounts counts) {
        return new ProductStock(productId, counts.available(), counts.reserved(), counts.lowStockThreshold());
    }

    public StockStatus status() {
        if (available <= 0) {
            return StockStatus.SOLD_OUT;
        }
        return available <= lowStockThreshold ? StockStatus.LOW_STOCK : StockStatus.IN_STOCK;
    }

    public boolean soldOut() {
        return status() == StockStatus.SOLD_OUT;
    }
}

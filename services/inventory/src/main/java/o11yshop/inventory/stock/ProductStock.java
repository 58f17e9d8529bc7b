package o11yshop.inventory.stock;

import o11yshop.inventory.api.model.StockStatus;

/** How many units of one product can be sold, and from how few on the shop calls it low. */
public record ProductStock(long productId, int available, int lowStockThreshold) {

    /** A product inventory has never received: nothing to sell. */
    static ProductStock untracked(long productId) {
        return new ProductStock(productId, 0, 0);
    }

    public StockStatus status() {
        if (available <= 0) {
            return StockStatus.SOLD_OUT;
        }
        return available <= lowStockThreshold ? StockStatus.LOW_STOCK : StockStatus.IN_STOCK;
    }
}

package o11yshop.inventory.stock;

/** One product's units at one moment: what can be sold, what is held for checkouts, and its low-stock threshold. */
public record StockCounts(int available, int reserved, int lowStockThreshold) {

    /** What a product inventory has never seen counts as: nothing, with the default threshold. */
    static final StockCounts UNTRACKED = new StockCounts(0, 0, ProductStock.DEFAULT_LOW_STOCK_THRESHOLD);
}

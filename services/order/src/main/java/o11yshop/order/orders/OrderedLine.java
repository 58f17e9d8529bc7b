package o11yshop.order.orders;

/** One product of an order, at the price it was sold for. */
public record OrderedLine(long productId, String productName, long unitPriceJpy, int quantity) {

    public long lineTotalJpy() {
        return unitPriceJpy * quantity;
    }
}

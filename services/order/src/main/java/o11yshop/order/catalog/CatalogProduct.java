package o11yshop.order.catalog;

/** A product as the catalog sells it now: the name and the unit price in yen a cart line snapshots. */
public record CatalogProduct(long id, String name, long priceJpy) {
}

package o11yshop.catalog.product;

import java.time.LocalDateTime;

/** A product as stored, without what other tables and services add to it. */
record ProductRow(long id, String sku, String name, String description, long priceJpy, long categoryId,
                  boolean featured, LocalDateTime createdAt) {
}

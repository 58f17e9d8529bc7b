package o11yshop.catalog.product;

/** An image of a product: where it is in the object store, and its text alternative. */
record ProductImage(long productId, String objectKey, String altText) {
}

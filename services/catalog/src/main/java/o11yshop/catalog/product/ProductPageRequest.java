package o11yshop.catalog.product;

/** Which page of how many products; the API's bounds are checked before this is made. */
record ProductPageRequest(int page, int size) {

    int offset() {
        return page * size;
    }

    int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}

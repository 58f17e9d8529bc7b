package o11yshop.inventory.paging;

/** Which page of how many items; the API's bounds are checked before this is made. */
public record PageRequest(int page, int size) {

    public int offset() {
        return page * size;
    }
}

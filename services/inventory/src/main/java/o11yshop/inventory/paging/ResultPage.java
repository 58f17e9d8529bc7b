package o11yshop.inventory.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what a client needs to offer the other pages. */
public record ResultPage<T>(List<T> items, PageRequest request, long totalItems) {

    public int totalPages() {
        return (int) ((totalItems + request.size() - 1) / request.size());
    }

    public <R> List<R> mapItems(Function<T, R> mapper) {
        return items.stream().map(mapper).toList();
    }
}

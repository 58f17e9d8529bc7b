package o11yshop.inventory.stock;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import o11yshop.inventory.paging.PageRequest;
import o11yshop.inventory.paging.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StockService {

    private final StockRepository repository;

    StockService(StockRepository repository) {
        this.repository = repository;
    }

    /** One entry per distinct product, in the order asked; untracked products count as sold out. */
    @Transactional(readOnly = true)
    public List<ProductStock> stockOf(List<Long> productIds) {
        SequencedSet<Long> distinct = new LinkedHashSet<>(productIds);
        Map<Long, ProductStock> tracked = repository.findByProductIds(distinct);
        return distinct.stream()
                .map(id -> tracked.getOrDefault(id, ProductStock.untracked(id)))
                .toList();
    }

    public ProductStock stockOf(long productId) {
        return stockOf(List.of(productId)).getFirst();
    }

    @Transactional(readOnly = true)
    public ResultPage<ProductStock> overview(boolean lowOnly, PageRequest page) {
        return repository.overview(lowOnly, page);
    }
}

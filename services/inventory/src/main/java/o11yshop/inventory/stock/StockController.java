package o11yshop.inventory.stock;

import java.util.List;
import o11yshop.inventory.api.StockApi;
import o11yshop.inventory.api.model.StockLevel;
import o11yshop.inventory.api.model.StockLevelList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StockController implements StockApi {

    private final StockService stock;

    StockController(StockService stock) {
        this.stock = stock;
    }

    @Override
    public ResponseEntity<StockLevelList> getStockLevels(List<Long> productIds) {
        List<StockLevel> levels = stock.stockOf(productIds).stream().map(StockController::toApi).toList();
        return ResponseEntity.ok(new StockLevelList(levels));
    }

    @Override
    public ResponseEntity<StockLevel> getStockLevel(Long productId) {
        return ResponseEntity.ok(toApi(stock.stockOf(productId)));
    }

    static StockLevel toApi(ProductStock stock) {
        return new StockLevel(stock.productId(), stock.available(), stock.lowStockThreshold(), stock.status());
    }
}

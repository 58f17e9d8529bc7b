package o11yshop.inventory.stock;

import java.time.ZoneOffset;
import o11yshop.inventory.api.StockAdminApi;
import o11yshop.inventory.api.model.LowStockThreshold;
import o11yshop.inventory.api.model.StockAdjustment;
import o11yshop.inventory.api.model.StockChange;
import o11yshop.inventory.api.model.StockLevel;
import o11yshop.inventory.api.model.StockMovement;
import o11yshop.inventory.api.model.StockMovementPage;
import o11yshop.inventory.api.model.StockOverviewItem;
import o11yshop.inventory.api.model.StockOverviewPage;
import o11yshop.inventory.api.model.StockReceipt;
import o11yshop.inventory.api.model.StockSnapshot;
import o11yshop.inventory.audit.Movement;
import o11yshop.inventory.audit.MovementRepository;
import o11yshop.inventory.audit.RecordedMovement;
import o11yshop.inventory.paging.PageRequest;
import o11yshop.inventory.paging.ResultPage;
import o11yshop.inventory.web.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The admin console's stock API of api/inventory.yaml (A-INV-01, A-INV-03); the admin role is checked by the security configuration. */
@RestController
class StockAdminController implements StockAdminApi {

    private final StockService stock;
    private final StockAdminService administration;
    private final MovementRepository journal;
    private final Callers callers;

    StockAdminController(StockService stock, StockAdminService administration, MovementRepository journal, Callers callers) {
        this.stock = stock;
        this.administration = administration;
        this.journal = journal;
        this.callers = callers;
    }

    @Override
    public ResponseEntity<StockOverviewPage> getStockOverview(Integer page, Integer size, Boolean lowOnly) {
        ResultPage<ProductStock> overview = stock.overview(Boolean.TRUE.equals(lowOnly), new PageRequest(page, size));
        return ResponseEntity.ok(new StockOverviewPage(overview.mapItems(StockAdminController::toOverviewItem),
                page, size, overview.totalItems(), overview.totalPages()));
    }

    @Override
    public ResponseEntity<StockChange> receiveStock(Long productId, StockReceipt receipt) {
        StockAdminService.StockChange change = administration.receive(productId, receipt.getQuantity(), receipt.getNote(),
                callers.current());
        return ResponseEntity.status(HttpStatus.CREATED).body(toApi(change));
    }

    @Override
    public ResponseEntity<StockChange> adjustStock(Long productId, StockAdjustment adjustment) {
        StockAdminService.StockChange change = administration.adjust(productId, adjustment.getDelta(),
                adjustment.getReason(), adjustment.getNote(), callers.current());
        return ResponseEntity.status(HttpStatus.CREATED).body(toApi(change));
    }

    @Override
    public ResponseEntity<StockLevel> setLowStockThreshold(Long productId, LowStockThreshold threshold) {
        ProductStock changed = administration.setLowStockThreshold(productId, threshold.getLowStockThreshold(),
                callers.current());
        return ResponseEntity.ok(StockController.toApi(changed));
    }

    @Override
    public ResponseEntity<StockMovementPage> getProductMovements(Long productId, Integer page, Integer size) {
        return ResponseEntity.ok(toApi(journal.page(productId, new PageRequest(page, size))));
    }

    @Override
    public ResponseEntity<StockMovementPage> getMovements(Integer page, Integer size) {
        return ResponseEntity.ok(toApi(journal.page(null, new PageRequest(page, size))));
    }

    private static StockOverviewItem toOverviewItem(ProductStock stock) {
        return new StockOverviewItem(stock.productId(), stock.available(), stock.reserved(), stock.lowStockThreshold(),
                stock.status());
    }

    private static StockChange toApi(StockAdminService.StockChange change) {
        return new StockChange(StockController.toApi(change.stock()), toApi(change.movement()));
    }

    private static StockMovementPage toApi(ResultPage<RecordedMovement> movements) {
        return new StockMovementPage(movements.mapItems(StockAdminController::toApi), movements.request().page(),
                movements.request().size(), movements.totalItems(), movements.totalPages());
    }

    private static StockMovement toApi(RecordedMovement recorded) {
        Movement movement = recorded.movement();
        return new StockMovement(recorded.movementId(), movement.productId(), movement.kind(),
                recorded.occurredAt().atOffset(ZoneOffset.UTC), movement.actor().id(), toApi(movement.before()),
                toApi(movement.after()), movement.delta())
                .reason(movement.reason())
                .note(movement.note())
                .reservationId(movement.reservationId());
    }

    private static StockSnapshot toApi(StockCounts counts) {
        return new StockSnapshot(counts.available(), counts.reserved(), counts.lowStockThreshold());
    }
}

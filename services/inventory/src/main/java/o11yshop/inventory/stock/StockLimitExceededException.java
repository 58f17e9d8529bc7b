package o11yshop.inventory.stock;

import o11yshop.inventory.problem.InventoryProblem;
import o11yshop.inventory.problem.InventoryProblemType;

class StockLimitExceededException extends InventoryProblem {

    StockLimitExceededException(long productId, int limit) {
        super("Product " + productId + " would hold more than " + limit + " available units");
    }

    @Override
    public InventoryProblemType type() {
        return InventoryProblemType.STOCK_LIMIT_EXCEEDED;
    }
}

package o11yshop.inventory.stock;

import o11yshop.inventory.problem.InventoryProblemType;
import o11yshop.platform.web.problem.ServiceProblem;

class StockLimitExceededException extends ServiceProblem {

    StockLimitExceededException(long productId, int limit) {
        super(InventoryProblemType.STOCK_LIMIT_EXCEEDED, "Product " + productId + " would hold more than " + limit + " available units");
    }

}

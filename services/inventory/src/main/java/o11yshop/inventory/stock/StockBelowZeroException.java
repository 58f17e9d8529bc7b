package o11yshop.inventory.stock;

import o11yshop.inventory.problem.InventoryProblemType;
import o11yshop.platform.web.problem.ServiceProblem;

class StockBelowZeroException extends ServiceProblem {

    StockBelowZeroException(long productId, int delta, int available) {
        super(InventoryProblemType.STOCK_BELOW_ZERO, "Removing " + -delta + " units of product " + productId + " would take its stock below zero: "
                + available + " available");
    }

}

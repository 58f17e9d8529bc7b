package o11yshop.inventory.stock;

import o11yshop.inventory.problem.InventoryProblem;
import o11yshop.inventory.problem.InventoryProblemType;

class StockBelowZeroException extends InventoryProblem {

    StockBelowZeroException(long productId, int delta, int available) {
        super("Removing " + -delta + " units of product " + productId + " would take its stock below zero: "
                + available + " available");
    }

    @Override
    public InventoryProblemType type() {
        return InventoryProblemType.STOCK_BELOW_ZERO;
    }
}

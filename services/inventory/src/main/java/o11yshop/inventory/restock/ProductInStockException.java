package o11yshop.inventory.restock;

import o11yshop.inventory.problem.InventoryProblem;
import o11yshop.inventory.problem.InventoryProblemType;

class ProductInStockException extends InventoryProblem {

    ProductInStockException(long productId, int available) {
        super("Product " + productId + " is in stock (" + available + " available): it can be bought now, "
                + "sign-ups are for sold-out products");
    }

    @Override
    public InventoryProblemType type() {
        return InventoryProblemType.PRODUCT_IN_STOCK;
    }
}

package o11yshop.inventory.restock;

import o11yshop.inventory.problem.InventoryProblemType;
import o11yshop.platform.web.problem.ServiceProblem;

class ProductInStockException extends ServiceProblem {

    ProductInStockException(long productId, int available) {
        super(InventoryProblemType.PRODUCT_IN_STOCK, "Product " + productId + " is in stock (" + available + " available): it can be bought now, "
                + "sign-ups are for sold-out products");
    }

}

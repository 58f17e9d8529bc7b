package o11yshop.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import o11yshop.inventory.api.model.StockStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductStockTest {

    @ParameterizedTest(name = "{0} available, threshold {1} → {2}")
    @CsvSource({
            "0, 5, SOLD_OUT",
            "1, 5, LOW_STOCK",
            "5, 5, LOW_STOCK",
            "6, 5, IN_STOCK",
            "1, 0, IN_STOCK",
            "0, 0, SOLD_OUT"
    })
    void statusFollowsTheLowStockThreshold(int available, int threshold, StockStatus expected) {
        assertThat(new ProductStock(1, available, threshold).status()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void anUntrackedProductIsSoldOut() {
        assertThat(ProductStock.untracked(42).status()).isEqualTo(StockStatus.SOLD_OUT);
        assertThat(ProductStock.untracked(42).available()).isZero();
    }
}

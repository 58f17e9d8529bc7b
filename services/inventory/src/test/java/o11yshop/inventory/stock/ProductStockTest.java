package o11yshop.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import o11yshop.inventory.api.model.StockStatus;
import org.junit.jupiter.api.Test;
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
        assertThat(new ProductStock(1, available, 0, threshold).status()).isEqualTo(expected);
    }

    @Test
    void reservedUnitsDoNotCountAsAvailable() {
        assertThat(new ProductStock(1, 0, 3, 5).status()).isEqualTo(StockStatus.SOLD_OUT);
    }

    @Test
    void anUntrackedProductIsSoldOutWithTheThresholdItWouldStartWith() {
        ProductStock untracked = ProductStock.untracked(42);

        assertThat(untracked.status()).isEqualTo(StockStatus.SOLD_OUT);
        assertThat(untracked.available()).isZero();
        assertThat(untracked.reserved()).isZero();
        assertThat(untracked.lowStockThreshold()).isEqualTo(ProductStock.DEFAULT_LOW_STOCK_THRESHOLD);
    }
}

package o11yshop.platform.web.input;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An API interface as the OpenAPI generator writes them: {@code @Validated}, the contract's bounds on
 * the interface's parameters, a header read by its wire name and a body model with setters.
 */
@Validated
interface GeneratedStyleApi {

    @PostMapping(value = "/reservations", consumes = "application/json")
    ResponseEntity<Map<String, Object>> reserve(
            @Valid @RequestBody Order order,
            @Pattern(regexp = "^[A-Za-z0-9._:-]+$") @Size(min = 1, max = 100) @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey);

    @GetMapping("/levels")
    ResponseEntity<Map<String, Object>> levels(
            @NotNull @Size(min = 1, max = 100) @Valid @RequestParam(value = "productIds", required = true) List<@Min(1L) Long> productIds);

    /** A generated model: wrapper types and setters, read field by field. */
    class Order {
        private Integer sortOrder;
        private Long priceJpy;
        private List<OrderLine> lines;

        public Integer getSortOrder() {
            return sortOrder;
        }

        public void setSortOrder(Integer sortOrder) {
            this.sortOrder = sortOrder;
        }

        public Long getPriceJpy() {
            return priceJpy;
        }

        public void setPriceJpy(Long priceJpy) {
            this.priceJpy = priceJpy;
        }

        public List<OrderLine> getLines() {
            return lines;
        }

        public void setLines(List<OrderLine> lines) {
            this.lines = lines;
        }
    }

    class OrderLine {
        private Long productId;
        private int quantity;

        public Long getProductId() {
            return productId;
        }

        public void setProductId(Long productId) {
            this.productId = productId;
        }

        public int getQuantity() {
            return quantity;
        }

        public void setQuantity(int quantity) {
            this.quantity = quantity;
        }
    }
}

CREATE TABLE stock_item (
    product_id          BIGINT       NOT NULL PRIMARY KEY,
    available           INT          NOT NULL CHECK (available >= 0),
    low_stock_threshold INT          NOT NULL DEFAULT 5 CHECK (low_stock_threshold >= 0),
    updated_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

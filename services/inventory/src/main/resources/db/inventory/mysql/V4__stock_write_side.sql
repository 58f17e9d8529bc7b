-- The write side of inventory: reservations, the audit trail of every stock change, restock sign-ups,
-- and the events already applied. Times are UTC; UUIDs are stored as their 36-character text.

-- Units held for checkouts that are not placed yet; they are no longer available but not sold either.
ALTER TABLE stock_item ADD COLUMN reserved INT NOT NULL DEFAULT 0 CHECK (reserved >= 0);

CREATE TABLE reservation (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    order_reference     VARCHAR(100) NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    idempotency_key     VARCHAR(100),
    request_fingerprint CHAR(64),
    created_at          DATETIME(6)  NOT NULL,
    expires_at          DATETIME(6)  NOT NULL,
    closed_at           DATETIME(6),
    CONSTRAINT reservation_idempotency_key_uq UNIQUE (created_by, idempotency_key),
    -- the expiry sweep looks for held reservations past their time
    INDEX reservation_status_expiry_idx (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE reservation_line (
    reservation_id CHAR(36) NOT NULL,
    product_id     BIGINT   NOT NULL,
    quantity       INT      NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (reservation_id, product_id),
    CONSTRAINT reservation_line_reservation_fk FOREIGN KEY (reservation_id) REFERENCES reservation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE stock_movement (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id       BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    occurred_at      DATETIME(6)  NOT NULL,
    actor            VARCHAR(100) NOT NULL,
    available_before INT          NOT NULL,
    available_after  INT          NOT NULL,
    reserved_before  INT          NOT NULL,
    reserved_after   INT          NOT NULL,
    threshold_before INT          NOT NULL,
    threshold_after  INT          NOT NULL,
    reason           VARCHAR(20),
    note             VARCHAR(500),
    reservation_id   CHAR(36),
    INDEX stock_movement_product_idx (product_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE restock_subscription (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id BIGINT       NOT NULL,
    email      VARCHAR(254) NOT NULL,
    user_id    VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT restock_subscription_once_uq UNIQUE (product_id, email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Events from other services that inventory has applied, so that a redelivered one is applied once.
CREATE TABLE processed_event (
    event_id     CHAR(36)    NOT NULL PRIMARY KEY,
    event_type   VARCHAR(50) NOT NULL,
    processed_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Carts, checkouts, orders and the outbox of order events. Times are UTC; UUIDs are stored as their
-- 36-character text. A user is the access token's sub; products are the catalog's IDs, with the name
-- and price the catalog had.

-- One row per shopper who ever used a cart: it is locked while the cart changes, so that two requests
-- at once cannot both add the 50th line.
CREATE TABLE cart (
    user_id    VARCHAR(100) NOT NULL PRIMARY KEY,
    updated_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE cart_line (
    user_id        VARCHAR(100) NOT NULL,
    product_id     BIGINT       NOT NULL,
    product_name   VARCHAR(200) NOT NULL,
    unit_price_jpy BIGINT       NOT NULL CHECK (unit_price_jpy >= 0),
    quantity       INT          NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    added_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id, product_id),
    CONSTRAINT cart_line_cart_fk FOREIGN KEY (user_id) REFERENCES cart (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A checkout attempt claims its Idempotency-Key here before it does anything; a second request with
-- the key finds the claim (and, once placed, the order) instead of placing another order.
CREATE TABLE checkout (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    user_id             VARCHAR(100) NOT NULL,
    idempotency_key     VARCHAR(100) NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,
    order_id            CHAR(36),
    created_at          DATETIME(6)  NOT NULL,
    CONSTRAINT checkout_idempotency_key_uq UNIQUE (user_id, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE customer_order (
    -- the order in which orders were placed, for the history: placed_at is whole seconds
    position           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    id                 CHAR(36)     NOT NULL,
    order_number       VARCHAR(32)  NOT NULL,
    user_id            VARCHAR(100) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    placed_at          DATETIME(6)  NOT NULL,
    item_count         INT          NOT NULL,
    total_jpy          BIGINT       NOT NULL,
    reservation_id     CHAR(36)     NOT NULL,
    ship_name          VARCHAR(50)  NOT NULL,
    ship_postal_code   VARCHAR(8)   NOT NULL,
    ship_prefecture    VARCHAR(10)  NOT NULL,
    ship_city          VARCHAR(50)  NOT NULL,
    ship_line1         VARCHAR(100) NOT NULL,
    ship_line2         VARCHAR(100),
    ship_phone         VARCHAR(13)  NOT NULL,
    payment_method     VARCHAR(16)  NOT NULL,
    card_last4         CHAR(4)      NOT NULL,
    payment_reference  VARCHAR(64)  NOT NULL,
    CONSTRAINT customer_order_id_uq UNIQUE (id),
    CONSTRAINT customer_order_number_uq UNIQUE (order_number),
    -- the order history: a shopper's orders, newest first
    INDEX customer_order_history_idx (user_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE order_line (
    order_id       CHAR(36)     NOT NULL,
    line_number    INT          NOT NULL,
    product_id     BIGINT       NOT NULL,
    product_name   VARCHAR(200) NOT NULL,
    unit_price_jpy BIGINT       NOT NULL,
    quantity       INT          NOT NULL,
    PRIMARY KEY (order_id, line_number),
    CONSTRAINT order_line_order_fk FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The transactional outbox: an event is written in the same transaction as the change it reports, and
-- the relay publishes it afterwards. position keeps the order in which events were written.
CREATE TABLE outbox_event (
    position      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id      CHAR(36)     NOT NULL,
    event_type    VARCHAR(50)  NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    published_at  DATETIME(6),
    attempts      INT          NOT NULL DEFAULT 0,
    last_error    VARCHAR(500),
    CONSTRAINT outbox_event_id_uq UNIQUE (event_id),
    -- the relay looks for what is not published yet, oldest first
    INDEX outbox_event_unpublished_idx (published_at, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

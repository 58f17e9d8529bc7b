CREATE TABLE category (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(80)   NOT NULL UNIQUE,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    parent_id   BIGINT,
    sort_order  INT           NOT NULL DEFAULT 0,
    CONSTRAINT category_parent_fk FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE product (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sku         VARCHAR(40)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    price_jpy   BIGINT       NOT NULL CHECK (price_jpy >= 0),
    category_id BIGINT       NOT NULL,
    featured    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    deleted_at  TIMESTAMP(6) NULL,
    CONSTRAINT product_category_fk FOREIGN KEY (category_id) REFERENCES category (id),
    INDEX product_created_idx (created_at),
    FULLTEXT INDEX product_search_idx (name, description)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE product_image (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id BIGINT       NOT NULL,
    object_key VARCHAR(300) NOT NULL,
    alt_text   VARCHAR(300) NOT NULL,
    position   INT          NOT NULL DEFAULT 0,
    CONSTRAINT product_image_product_fk FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE review (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product_id  BIGINT       NOT NULL,
    author_name VARCHAR(80)  NOT NULL,
    rating      INT          NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title       VARCHAR(200) NOT NULL,
    body        TEXT         NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT review_product_fk FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

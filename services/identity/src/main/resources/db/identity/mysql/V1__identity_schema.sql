-- Accounts, their shipping addresses, the local issuer's password hashes, and the log-in throttle.
-- Times are UTC, written by the service (DATETIME: no session time-zone conversion). UUIDs are text,
-- as MySQL has no UUID type. No accounts are created here: the admin account comes from
-- SHOP_ADMIN_EMAIL / SHOP_ADMIN_PASSWORD at start, never from a migration.

CREATE TABLE user_account (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    email        VARCHAR(254) NOT NULL UNIQUE,
    display_name VARCHAR(50)  NOT NULL,
    is_admin     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    INDEX user_account_created_idx (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Only the local identity provider writes here; with Cognito the pool keeps the passwords. The row is
-- written in the same transaction as its user_account row but before it (Cognito decides the ID of a
-- new user), and MySQL cannot defer a foreign key to the end of the transaction: so there is none.
CREATE TABLE local_credential (
    user_id       CHAR(36)    NOT NULL PRIMARY KEY,
    password_hash VARCHAR(72) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE shipping_address (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    user_id     CHAR(36)     NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    postal_code CHAR(8)      NOT NULL,
    prefecture  VARCHAR(4)   NOT NULL,
    city        VARCHAR(50)  NOT NULL,
    line1       VARCHAR(100) NOT NULL,
    line2       VARCHAR(100),
    phone       VARCHAR(13)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    INDEX shipping_address_user_idx (user_id, created_at),
    CONSTRAINT shipping_address_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Failed log-ins per e-mail address ('email:<address>') and per client ('ip:<address>').
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(300) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    blocked_until   DATETIME(6),
    INDEX login_throttle_last_failure_idx (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

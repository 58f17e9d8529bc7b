-- Accounts, their shipping addresses, the local issuer's password hashes, and the log-in throttle.
-- Times are UTC, written by the service, to the microsecond: the explicit (6) also tells jOOQ, which
-- generates its classes from this file, not to cut the fractions off on MySQL.
-- No accounts are created here: the admin account comes from SHOP_ADMIN_EMAIL / SHOP_ADMIN_PASSWORD at
-- start, never from a migration.

CREATE TABLE user_account (
    id           UUID         NOT NULL PRIMARY KEY,
    email        VARCHAR(254) NOT NULL UNIQUE,
    display_name VARCHAR(50)  NOT NULL,
    is_admin     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP(6) NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL
);

CREATE INDEX user_account_created_idx ON user_account (created_at, id);

-- Only the local identity provider writes here; with Cognito the pool keeps the passwords. The row is
-- written in the same transaction as its user_account row but before it (Cognito decides the ID of a
-- new user, so the ID is known only once the provider has registered the credentials), which is why
-- there is no foreign key: MySQL cannot defer one to the end of the transaction.
CREATE TABLE local_credential (
    user_id       UUID        NOT NULL PRIMARY KEY,
    password_hash VARCHAR(72) NOT NULL
);

CREATE TABLE shipping_address (
    id          UUID         NOT NULL PRIMARY KEY,
    user_id     UUID         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name        VARCHAR(50)  NOT NULL,
    postal_code CHAR(8)      NOT NULL,
    prefecture  VARCHAR(4)   NOT NULL,
    city        VARCHAR(50)  NOT NULL,
    line1       VARCHAR(100) NOT NULL,
    line2       VARCHAR(100),
    phone       VARCHAR(13)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL
);

CREATE INDEX shipping_address_user_idx ON shipping_address (user_id, created_at);

-- Failed log-ins per e-mail address ('email:<address>') and per client ('ip:<address>').
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(300) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    last_failure_at TIMESTAMP(6) NOT NULL,
    blocked_until   TIMESTAMP(6)
);

CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure_at);

-- Lists are shown in the order rows were created. created_at cannot decide it alone: on MariaDB through
-- the MySQL driver it keeps whole seconds, and two accounts made in one second would come out in the
-- order of their random IDs. An auto-increment column counts them in the order they were inserted.
ALTER TABLE user_account ADD COLUMN position BIGINT NOT NULL AUTO_INCREMENT UNIQUE;

ALTER TABLE shipping_address ADD COLUMN position BIGINT NOT NULL AUTO_INCREMENT UNIQUE;

-- the account list's old order
ALTER TABLE user_account DROP INDEX user_account_created_idx;

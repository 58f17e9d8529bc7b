/* [jooq ignore start] */
-- V2__demo_catalog.sql inserts rows with explicit ids, which PostgreSQL identity
-- columns do not notice: move each sequence past the highest id so that new rows
-- created by the application do not collide with the demo data.
SELECT setval(pg_get_serial_sequence('category', 'id'), (SELECT MAX(id) FROM category));
SELECT setval(pg_get_serial_sequence('product', 'id'), (SELECT MAX(id) FROM product));
SELECT setval(pg_get_serial_sequence('product_image', 'id'), (SELECT MAX(id) FROM product_image));
SELECT setval(pg_get_serial_sequence('review', 'id'), (SELECT MAX(id) FROM review));
/* [jooq ignore stop] */

-- The admin dashboard sums up a day's orders across every shopper (GET /sales-summary).
CREATE INDEX customer_order_placed_idx ON customer_order (placed_at);

-- Paying an order by card (docs/architecture/wallet.md, "Paying the exact amount by card").
-- Portable between SQLite and PostgreSQL like the others.

-- A card order is `pending` (its lines, and a booking's days, held) until the provider says
-- paid, or released as refused, abandoned, expired or failed. `provider` and `id_op` are the
-- payment's, `payment_url` its page, `authorisation` the bank's number once paid, `settled_at`
-- when it left `pending`. A wallet order has none of them.
ALTER TABLE orders ADD COLUMN provider TEXT;
ALTER TABLE orders ADD COLUMN id_op TEXT;
ALTER TABLE orders ADD COLUMN payment_url TEXT;
ALTER TABLE orders ADD COLUMN authorisation TEXT;
ALTER TABLE orders ADD COLUMN settled_at BIGINT;
CREATE UNIQUE INDEX orders_id_op ON orders(id_op);
CREATE INDEX orders_status ON orders(status, created_at);

-- When the provider was last asked about a card order, per channel, as top_up_checks does for
-- top-ups: at most one question per order and channel in a window, whichever process asks.
CREATE TABLE order_payment_checks (
    order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    checked_at BIGINT NOT NULL,
    PRIMARY KEY (order_id, channel)
);

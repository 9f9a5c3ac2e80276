-- The wallet and the orders as the server last sent them (GET /me/wallet, GET /me/orders).
-- Amounts are integer cents. The ETags are in sync_state (resource = table name).

-- One row: the balance and the movements' JSON.
CREATE TABLE wallet (
    key TEXT PRIMARY KEY NOT NULL, -- "wallet"
    balance_cents INTEGER NOT NULL CHECK (balance_cents >= 0),
    json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE orders (
    id TEXT PRIMARY KEY NOT NULL,
    number TEXT NOT NULL,
    created_at TEXT NOT NULL,
    total_cents INTEGER NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX orders_created ON orders (created_at DESC);

-- The wallet, payments and orders (docs/architecture/wallet.md). Money is always integer
-- cents in BIGINT columns. Portable between SQLite and PostgreSQL like the others.

-- What a service sells, with a unit price per tariff bracket (`bracket` = the position of the
-- bracket in service_brackets; 0 alone for a service without brackets).
CREATE TABLE service_items (
    service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    unit TEXT NOT NULL,
    childcare INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (service_id, id)
);

CREATE TABLE service_item_prices (
    service_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    bracket INTEGER NOT NULL,
    price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
    PRIMARY KEY (service_id, item_id, bracket),
    FOREIGN KEY (service_id, item_id) REFERENCES service_items(service_id, id) ON DELETE CASCADE
);

-- One row per account that ever had money. The balance only changes through guarded
-- statements (a debit: `... WHERE balance_cents >= :total`), in the transaction of the
-- movement that explains it; the CHECK is the last word.
CREATE TABLE wallets (
    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    balance_cents BIGINT NOT NULL CHECK (balance_cents >= 0),
    updated_at BIGINT NOT NULL
);

-- A top-up: `id` is the reference sent to the payment provider (refdet: 24 alphanumerics),
-- `id_op` the provider's operation. The status leaves `pending` once, for paid, refused,
-- abandoned or expired.
CREATE TABLE top_ups (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    status TEXT NOT NULL,
    provider TEXT NOT NULL,
    id_op TEXT UNIQUE,
    payment_url TEXT,
    created_at BIGINT NOT NULL,
    settled_at BIGINT
);
CREATE INDEX top_ups_account ON top_ups(account_id, created_at);
CREATE INDEX top_ups_status ON top_ups(status, created_at);

-- An order paid from the wallet; names and prices frozen as they were when it was made.
CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    subscription_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    service_name TEXT NOT NULL,
    commune_name TEXT NOT NULL,
    beneficiary_id TEXT,
    beneficiary_name TEXT,
    total_cents BIGINT NOT NULL CHECK (total_cents >= 0),
    paid_with TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX orders_account ON orders(account_id, created_at);

CREATE TABLE order_lines (
    order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_id TEXT NOT NULL,
    label TEXT NOT NULL,
    unit TEXT NOT NULL,
    childcare INTEGER NOT NULL,
    unit_price_cents BIGINT NOT NULL CHECK (unit_price_cents >= 0),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    total_cents BIGINT NOT NULL CHECK (total_cents >= 0),
    PRIMARY KEY (order_id, position)
);

-- The last order number given in each year (CMD-2026-000123).
CREATE TABLE order_numbers (
    year INTEGER PRIMARY KEY,
    last_number BIGINT NOT NULL
);

-- Every change of a balance, signed: + for a top-up or a refund, - for an order. A top-up is
-- credited at most once (UNIQUE top_up_id), an order debited at most once (UNIQUE order_id).
CREATE TABLE wallet_movements (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    label TEXT NOT NULL,
    top_up_id TEXT UNIQUE REFERENCES top_ups(id),
    order_id TEXT UNIQUE REFERENCES orders(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX wallet_movements_account ON wallet_movements(account_id, created_at);

-- The sandbox payment provider's own book (--payment-provider sandbox): kept in the database
-- so that a payment survives a restart of the server before its notification. `result` is
-- PayFiP's resultrans (P paid, R refused, A abandoned), NULL while in progress.
CREATE TABLE sandbox_payments (
    id_op TEXT PRIMARY KEY,
    refdet TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    result TEXT,
    created_at BIGINT NOT NULL,
    decided_at BIGINT
);

-- Bounded work for top-ups (docs/architecture/wallet.md, "Bounded provider work"). Portable
-- between SQLite and PostgreSQL like the others.

-- When the payment provider was last asked about a top-up, per channel (`notification`,
-- `return`, `read`, `pass`): each channel asks at most once per TopUpSettlement::QueryWindowMs,
-- whichever process answers, so the window lives here and not in a process's memory.
CREATE TABLE top_up_checks (
    top_up_id TEXT NOT NULL REFERENCES top_ups(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    checked_at BIGINT NOT NULL,
    PRIMARY KEY (top_up_id, channel)
);

-- The sandbox provider's count of look-ups per payment, as PayFiP counts the calls it answers.
ALTER TABLE sandbox_payments ADD COLUMN lookups INTEGER NOT NULL DEFAULT 0;

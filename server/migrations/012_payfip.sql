-- PayFiP (docs/architecture/payfip.md). Portable between SQLite and PostgreSQL like the others.

-- What the provider said of a paid top-up: the bank's authorisation number (PayFiP's numauto)
-- and when it took the payment (dattrans and heurtrans, Paris time, as ms since the epoch).
-- NULL for a top-up not paid, or paid through the sandbox's own page.
ALTER TABLE top_ups ADD COLUMN authorisation TEXT;
ALTER TABLE top_ups ADD COLUMN paid_at BIGINT;

-- « Mes réservations » (docs/architecture/booking-rules.md, "Server"). Portable between
-- SQLite and PostgreSQL like the others. Days are 'YYYY-MM-DD' Paris calendar days.

-- A service's booking block, as the catalogue gives it ({"items": [...], "policy": {...}}),
-- NULL for a service that is not booked per day.
ALTER TABLE services ADD COLUMN booking TEXT;

-- One child's day of one item of a service. `status` leaves booked or waiting_list once, for
-- cancelled; a waiting-list entry becomes booked when a place is freed and its family's
-- wallet pays. price_cents and surcharge_cents are what was paid (or is owed when promoted),
-- order_id the order that paid them.
CREATE TABLE reservations (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    subscription_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    beneficiary_id TEXT NOT NULL,
    day TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('booked', 'waiting_list', 'cancelled')),
    price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
    surcharge_cents BIGINT NOT NULL CHECK (surcharge_cents >= 0),
    order_id TEXT REFERENCES orders(id),
    created_at BIGINT NOT NULL,
    cancelled_at BIGINT,
    attendance TEXT CHECK (attendance IS NULL OR attendance IN ('present', 'absent', 'excused')),
    attendance_by TEXT,
    attendance_at BIGINT
);
-- A child has at most one live reservation per (service, item, day).
CREATE UNIQUE INDEX reservations_live ON reservations(service_id, item_id, day, beneficiary_id)
    WHERE status <> 'cancelled';
CREATE INDEX reservations_day ON reservations(service_id, item_id, day, status, created_at);
CREATE INDEX reservations_account ON reservations(account_id, day);

-- The places taken per (service, item, day): changed only by guarded statements
-- (`SET booked = booked + 1 WHERE ... AND booked < :capacity`, affected rows checked), in the
-- transaction of the reservation they count, so that the capacity holds whatever runs at once.
CREATE TABLE reservation_days (
    service_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    day TEXT NOT NULL,
    booked INTEGER NOT NULL CHECK (booked >= 0),
    waiting INTEGER NOT NULL CHECK (waiting >= 0),
    PRIMARY KEY (service_id, item_id, day)
);

-- A refund names the reservation it gives back (at most once) and the order that had paid
-- it (wallet_movements.order_id stays the order's own debit, UNIQUE).
ALTER TABLE wallet_movements ADD COLUMN reservation_id TEXT;
ALTER TABLE wallet_movements ADD COLUMN refunded_order_id TEXT;
CREATE UNIQUE INDEX wallet_movements_reservation ON wallet_movements(reservation_id);
CREATE INDEX wallet_movements_refunded_order ON wallet_movements(refunded_order_id);

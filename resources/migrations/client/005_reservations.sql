-- The booking months seen and the upcoming reservations, as the server last sent them.

-- One row per month a child's days of one booked item were fetched for
-- (GET /me/subscriptions/{id}/days), with that answer's ETag. `item_id` is the item asked
-- for ('' for the service's first booked item); `month` is "YYYY-MM".
CREATE TABLE booking_months (
    subscription_id TEXT NOT NULL,
    beneficiary_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    month TEXT NOT NULL,
    json TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (subscription_id, beneficiary_id, item_id, month)
);

-- GET /me/reservations (every child); the ETag in sync_state (resource = table name).
CREATE TABLE reservations (
    id TEXT PRIMARY KEY NOT NULL,
    date TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX reservations_date ON reservations (date);

-- What the sync layer last fetched, per resource: the ETag to send as If-None-Match.
CREATE TABLE sync_state (
    resource TEXT PRIMARY KEY NOT NULL,
    etag TEXT,
    synced_at TEXT NOT NULL
);
-- Changes made offline, waiting to be sent (oldest first).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

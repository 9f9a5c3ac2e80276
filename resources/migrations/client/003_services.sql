-- What the services, beneficiaries and notifications pages show, as the server
-- last sent it. Each row keeps the item's JSON; the columns beside it are what the client
-- sorts or counts by. The collections' ETags are in sync_state (resource = table name).

-- GET /communes and GET /beneficiary-options, whole, with their ETags.
CREATE TABLE catalogue (
    key TEXT PRIMARY KEY NOT NULL, -- "communes" | "beneficiary_options"
    json TEXT NOT NULL,
    etag TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX subscriptions_created ON subscriptions (created_at DESC);

CREATE TABLE beneficiaries (
    id TEXT PRIMARY KEY NOT NULL,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    json TEXT NOT NULL
);

-- The image bytes, cached so that the page shows them offline.
CREATE TABLE beneficiary_photos (
    id TEXT PRIMARY KEY NOT NULL REFERENCES beneficiaries (id) ON DELETE CASCADE,
    bytes BLOB NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE notifications (
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT,
    json TEXT NOT NULL
);
CREATE INDEX notifications_created ON notifications (created_at DESC);

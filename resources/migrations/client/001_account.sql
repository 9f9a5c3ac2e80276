-- The signed-in person's account, as GET /me answered it (one row).
CREATE TABLE account (
    id TEXT PRIMARY KEY NOT NULL,
    json TEXT NOT NULL,
    etag TEXT,
    updated_at TEXT NOT NULL
);

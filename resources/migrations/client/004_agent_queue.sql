-- A desk agent's queue (GET /agent/queue) as the server last sent it, whole, with its ETag:
-- the "File d'attente" page paints from it at once and the sync refreshes it.
CREATE TABLE agent_queue (
    key TEXT PRIMARY KEY NOT NULL, -- "queue"
    json TEXT NOT NULL,
    etag TEXT,
    updated_at TEXT NOT NULL
);

-- Several codes may wait side by side for one address (each registration keeps its
-- own data bound to its own code), so a code gets its own id; the attempts per code are gone
-- (wrong codes are counted per address in login_throttle, across codes).
-- login_throttle also holds the code and mail counters; window_start starts a fixed window.

CREATE TABLE pending_codes_v3 (
    id TEXT PRIMARY KEY,
    purpose TEXT NOT NULL,
    email TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    payload TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
INSERT INTO pending_codes_v3 (id, purpose, email, code_hash, payload, created_at, expires_at)
    SELECT purpose || ':' || email, purpose, email, code_hash, payload, created_at, expires_at FROM pending_codes;
DROP TABLE pending_codes;
ALTER TABLE pending_codes_v3 RENAME TO pending_codes;
CREATE INDEX pending_codes_address ON pending_codes(purpose, email, created_at);
CREATE INDEX pending_codes_expiry ON pending_codes(expires_at);

ALTER TABLE login_throttle ADD COLUMN window_start BIGINT NOT NULL DEFAULT 0;

-- Accounts, sessions, one-time codes and sign-in throttling.
-- Portable between SQLite and PostgreSQL: TEXT ids, BIGINT epoch milliseconds,
-- INTEGER 0/1 for flags, no autoincrement.

CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    civility TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date TEXT,
    newsletter INTEGER NOT NULL DEFAULT 0,
    company_name TEXT,
    company_siret TEXT,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE account_communes (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    commune TEXT NOT NULL,
    PRIMARY KEY (account_id, commune)
);

-- One row per issued (access, refresh) pair. A refresh rotates the pair: the old row is
-- revoked and a new one joins the same family; presenting a revoked refresh token
-- revokes the whole family.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    family_id TEXT NOT NULL,
    access_hash TEXT NOT NULL UNIQUE,
    refresh_hash TEXT UNIQUE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    access_expires_at BIGINT NOT NULL,
    refresh_expires_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX sessions_account ON sessions(account_id);
CREATE INDEX sessions_family ON sessions(family_id);

-- Codes mailed for registration ('register') and password reset ('reset'), stored hashed.
-- `payload` keeps the pending registration (with the password already hashed).
CREATE TABLE pending_codes (
    purpose TEXT NOT NULL,
    email TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    payload TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (purpose, email)
);

-- Sign-in failures per key ("account:<email>", "address:<ip>"), shared by every process.
CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at BIGINT NOT NULL,
    blocked_until BIGINT NOT NULL
);

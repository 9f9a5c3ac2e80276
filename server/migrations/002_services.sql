-- Services and beneficiaries: the catalogue of communes and services, uploaded
-- documents, service requests, beneficiaries, notifications and idempotency records.
-- Portable between SQLite and PostgreSQL like 001: TEXT ids, BIGINT epoch milliseconds,
-- INTEGER 0/1 flags and positions, no autoincrement.

-- The catalogue. Rows are never deleted by an import (requests point at them): an import
-- marks what its file does not name as inactive. `position` keeps the file's order.
CREATE TABLE communes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE services (
    id TEXT PRIMARY KEY,
    commune_id TEXT NOT NULL REFERENCES communes(id),
    name TEXT NOT NULL,
    needs_income INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX services_commune ON services(commune_id);

CREATE TABLE service_documents (
    service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (service_id, kind)
);

-- up_to NULL: the last, open bracket.
CREATE TABLE service_brackets (
    service_id TEXT NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    up_to INTEGER,
    label TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);

-- Uploaded files: the bytes live in <data-dir>/uploads/<storage_name> (a server-generated
-- name); `filename` is only what the person called it.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    storage_name TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
CREATE INDEX documents_account ON documents(account_id);

CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    service_id TEXT NOT NULL REFERENCES services(id),
    commune_id TEXT NOT NULL REFERENCES communes(id),
    status TEXT NOT NULL,
    status_reason TEXT,
    fiscal_income_euros BIGINT,
    fiscal_parts_halves INTEGER,
    quotient INTEGER,
    bracket_label TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX subscriptions_account ON subscriptions(account_id);
CREATE INDEX subscriptions_commune_status ON subscriptions(commune_id, status);

CREATE TABLE subscription_documents (
    subscription_id TEXT NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (subscription_id, document_id)
);
CREATE INDEX subscription_documents_document ON subscription_documents(document_id);

-- The photo, like documents, lives in <data-dir>/uploads under a server-generated name.
CREATE TABLE beneficiaries (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    birth_date TEXT,
    relation TEXT,
    school_class TEXT,
    pai TEXT,
    group_name TEXT,
    client_ref TEXT,
    photo_storage_name TEXT,
    photo_content_type TEXT,
    status TEXT NOT NULL,
    status_reason TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX beneficiaries_account ON beneficiaries(account_id);

CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT
);
CREATE INDEX notifications_account ON notifications(account_id, created_at);

-- Idempotency-Key records, shared by every process. status 0: the first request is still
-- running; otherwise the HTTP status it got, with its body to replay.
CREATE TABLE idempotency_keys (
    idem_key TEXT NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    route TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response_body TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, idem_key)
);

-- The desk: what agents did (audit_log), the settings an administrator sets, beneficiaries
-- validated per commune, assisted sessions.

-- Append-only: the server has no statement that updates or deletes a row, and no route does.
-- `actor_id` is the agent (or administrator) who acted; `citizen_id` the person acted on or
-- for; `subject_id` the item (request, beneficiary, document, account); `request_id` the
-- X-Request-Id of the HTTP request. No foreign keys: the trace outlives what it names.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id TEXT NOT NULL,
    citizen_id TEXT,
    action TEXT NOT NULL,
    subject_id TEXT,
    request_id TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX audit_log_at ON audit_log(at, id);
CREATE INDEX audit_log_actor ON audit_log(actor_id, at);
CREATE INDEX audit_log_citizen ON audit_log(citizen_id, at);

CREATE TABLE server_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
INSERT INTO server_settings (name, value, updated_at) VALUES ('lockAfterSeconds', '300', 0);

-- A beneficiary's validation by one commune (no row: pending there). beneficiaries.status
-- keeps the last decision taken, which is what its owner sees.
CREATE TABLE beneficiary_decisions (
    beneficiary_id TEXT NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
    commune_id TEXT NOT NULL,
    status TEXT NOT NULL,
    status_reason TEXT,
    decided_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (beneficiary_id, commune_id)
);

-- A session opened by an agent on a citizen's behalf (with the citizen's consent): it acts
-- as the citizen, and `assisted_by` names the agent.
ALTER TABLE sessions ADD COLUMN assisted_by TEXT;

-- The communes whose desk knows a citizen without a request there yet: an account created at
-- the desk ('desk'), or an assisted session the citizen consented to ('assisted').
CREATE TABLE citizen_communes (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    commune_id TEXT NOT NULL,
    via TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, commune_id)
);

-- The document an "incomplete" decision asks for ("Pièces à compléter"), if it names one.
ALTER TABLE subscriptions ADD COLUMN missing_document_kind TEXT;

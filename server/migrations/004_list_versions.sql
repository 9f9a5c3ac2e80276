-- Versions of the lists a person reads again and again (docs/performance.md): each change to
-- one of an account's lists bumps its row in the same transaction, so that a server process
-- can keep the list's serialized answer and know, with one indexed read, whether it is
-- still the current one — also when another process made the change.
CREATE TABLE list_versions (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    list TEXT NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (account_id, list)
);

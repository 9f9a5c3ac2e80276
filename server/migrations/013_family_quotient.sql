-- The family quotient obtained from the CAF or the MSA through API Particulier
-- (docs/architecture/family-quotient.md). Only what prices a request is kept: the value, its
-- provider and month, when and by whom it was obtained, until when it is used; never the
-- answer's address, beneficiaries or children (minimisation). Portable between SQLite and
-- PostgreSQL like the others.
CREATE TABLE family_quotients (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    valeur INTEGER NOT NULL CHECK (valeur >= 0),
    fournisseur TEXT NOT NULL CHECK (fournisseur IN ('CNAF', 'MSA')),
    mois INTEGER NOT NULL CHECK (mois BETWEEN 1 AND 12),
    annee INTEGER NOT NULL,
    obtained_at BIGINT NOT NULL,
    -- The account that asked: the citizen, or the agent at the desk or in an assisted session.
    obtained_by TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX family_quotients_account ON family_quotients (account_id, obtained_at);

-- The quotient a request was priced from, instead of a typed income and its document.
ALTER TABLE subscriptions ADD COLUMN family_quotient_id TEXT REFERENCES family_quotients(id);

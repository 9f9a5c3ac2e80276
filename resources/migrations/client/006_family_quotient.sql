-- The family quotient the CAF or MSA gave (GET /me/family-quotient, or the answer of asking for it),
-- as the server keeps it: the value, the provider, its month and when it expires. One row; none
-- when the server keeps none. The identity it was asked with is never stored.
CREATE TABLE family_quotient (
    key TEXT PRIMARY KEY NOT NULL, -- "family_quotient"
    json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

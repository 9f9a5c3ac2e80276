-- An assisted session lives only as long as the agent's session that opened it
-- (docs/architecture/accounts.md, "Assisted sessions end with the agent's").

-- The agent's session (sessions.id) that opened an assisted session; a refresh of the agent's
-- session moves it to the new row. NULL on every other row. An assisted row without one (opened
-- before this migration) no longer authenticates.
ALTER TABLE sessions ADD COLUMN opened_by TEXT;
CREATE INDEX sessions_opened_by ON sessions(opened_by);

-- Issue 16 points 3 and 4: the desk's state of a document's tie and acceptance, kept in the table
-- so that it outlives a restart and every instance sees it. tie_pending is 1 from the commit that
-- decides the payee's number until the document is tied to the person the number names (or no one
-- has it); meanwhile the document's other parts wait (DeskTable.free, by the primary key), and the
-- tie is retried as the system.
ALTER TABLE work_document ADD COLUMN tie_pending INTEGER NOT NULL DEFAULT 0;
-- When the next retry of a document's tie or acceptance is due (null: at once, when one is needed),
-- and how many have failed in a row: a document that fails waits one minute, doubling to an hour.
ALTER TABLE work_document ADD COLUMN retry_after BIGINT;
ALTER TABLE work_document ADD COLUMN retry_failures INTEGER NOT NULL DEFAULT 0;

-- Issue 16 points 3 and 4: the desk's state of a document's tie, kept in the table so that it
-- outlives a restart and every instance sees it. tie_pending is 1 from the commit that decides the
-- payee's number until the document is tied to the person the number names (or no one has it);
-- meanwhile the document's other parts wait (DeskTable.free), and the tie is retried as the system.
ALTER TABLE work_document ADD COLUMN tie_pending INTEGER NOT NULL DEFAULT 0;
-- The documents whose tie is pending: few at any time, read by the retry.
CREATE INDEX work_document_tie_pending ON work_document (tenant_id, job_id, seq) WHERE tie_pending = 1;

-- Issue 16 points 3 and 4: the desk's own reads, each one range of an index.
-- The task an operator holds now: asked first by every call for the next task.
CREATE INDEX work_task_held ON work_task (tenant_id, held_by, held_until);
-- The open documents of a job, for acceptance retried after a failure.
CREATE INDEX work_document_state ON work_document (tenant_id, job_id, state, seq);

-- Issue 16 point 4: a document whose acceptance is refused as it is stays open and is held for the
-- controller: the person its number names has another name or birth date (document.mismatch), or no
-- one has its number and its type does not give what a person is registered with
-- (document.unregistered). Its reason and since when are kept here, shown on the job's page and
-- raised once as a work.held alert; acceptance goes on being retried and clears them when it passes.
ALTER TABLE work_document ADD COLUMN held_reason TEXT;
ALTER TABLE work_document ADD COLUMN held_at BIGINT;

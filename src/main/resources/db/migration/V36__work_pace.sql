-- Issue 16 point 5: one work.behind alert per job and day of Tokyo. The pace check inserts the
-- day's row before it raises the alert; a second check racing it finds the row and raises nothing.
CREATE TABLE work_pace_alert (
  tenant_id    VARCHAR(64) NOT NULL,
  job_id       VARCHAR(32) NOT NULL,
  tokyo_day    VARCHAR(10) NOT NULL,
  raised_at    BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, job_id, tokyo_day)
);

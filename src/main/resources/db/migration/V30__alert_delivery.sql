-- Issue 15, alerts reach people: the outbox of alert deliveries by e-mail and webhook.
--
-- One row per alert and channel (mail, webhook), written when the sender first sees the alert: pending
-- until the channel took it, then delivered with the time. A failed attempt counts, keeps its error (a
-- sentence, never a number) and waits until next_at, doubling to a cap; a restart picks up every pending
-- row, and a delivered one is never sent again (at-least-once: a crash between the channel's answer and
-- the update sends that one again).
CREATE TABLE alert_delivery (
  tenant_id     VARCHAR(64) NOT NULL,
  alert_id      VARCHAR(32) NOT NULL,
  channel       VARCHAR(16) NOT NULL,
  state         VARCHAR(16) NOT NULL,
  attempts      INTEGER NOT NULL DEFAULT 0,
  next_at       BIGINT NOT NULL,
  last_error    VARCHAR(300),
  delivered_at  BIGINT,
  created_at    BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, alert_id, channel)
);
CREATE INDEX alert_delivery_due ON alert_delivery (state, next_at);

-- How far the sender has looked at each tenant's alerts: alerts raised at or before floor are never
-- delivered (those raised before this version, so an upgrade mails nothing old), and each scan reads
-- from a little before seen_to, so an alert whose row commits late is still seen; the outbox's key keeps
-- it from being queued twice.
CREATE TABLE alert_scan (
  tenant_id  VARCHAR(64) NOT NULL PRIMARY KEY,
  floor      BIGINT NOT NULL,
  seen_to    BIGINT NOT NULL
);
INSERT INTO alert_scan (tenant_id, floor, seen_to)
  SELECT tenant_id, MAX(raised_at), MAX(raised_at) FROM security_alert GROUP BY tenant_id;

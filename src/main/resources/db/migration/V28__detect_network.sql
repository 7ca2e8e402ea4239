-- Issue 15, detection: the networks each user has worked from (an IPv4 /24 or an IPv6 /48, written as
-- its prefix, e.g. 192.0.2.0/24), with when each was first seen, so that a sign-in or request from a
-- network the user never used raises detect.new-network. A new user's first network is no alert: the
-- rule judges only after the user's first day (the earliest first_seen of the user).
CREATE TABLE detect_network (
  tenant_id        VARCHAR(64) NOT NULL,
  user_id          VARCHAR(64) NOT NULL,
  network          VARCHAR(64) NOT NULL,
  organisation_id  VARCHAR(64) NOT NULL,
  first_seen       BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, user_id, network)
);

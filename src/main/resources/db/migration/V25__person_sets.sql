-- Person sets that are evaluated (issue 14 point 5): an entrustment's persons are all, the persons the
-- controller tagged (tag:NAME or tag:NAME=VALUE) or the members of a list it uploaded (list:ID). The gate
-- checks every contractor read against the set and lists only its members, a page at a time by person_id,
-- so each table leads with tenant_id and keeps person_id last in its key: a page is one range of the key.

-- A tag is never stored in clear: tag_hash is 16 bytes of the tenant's index PRF over "person-tag\0TAG",
-- as the vault's blind indexes are made, so equal tags of one tenant have one hash and two tenants' hashes
-- cannot be joined. The second index finds a person's tags (erasure drops them), sharded by person.
CREATE TABLE person_tag (
  tenant_id  VARCHAR(64) NOT NULL,
  tag_hash   ${blob} NOT NULL,
  person_id  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, tag_hash, person_id)
);
CREATE INDEX person_tag_person ON person_tag (tenant_id, person_id);

-- A named list of persons, uploaded once by the tenant's staff (as its tokens or as numbers, which are
-- looked up by blind index and never stored); its id is what list:ID names, so a list never changes.
CREATE TABLE person_list (
  tenant_id   VARCHAR(64) NOT NULL,
  list_id     VARCHAR(64) NOT NULL,
  name        VARCHAR(200) NOT NULL,
  created_by  VARCHAR(100) NOT NULL,
  created_at  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, list_id)
);

CREATE TABLE person_list_member (
  tenant_id  VARCHAR(64) NOT NULL,
  list_id    VARCHAR(64) NOT NULL,
  person_id  BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, list_id, person_id)
);
CREATE INDEX person_list_member_person ON person_list_member (tenant_id, person_id);

-- A segment filter (ward=kita) was always a tag by another name: stored segments are read as tags.
UPDATE entrustment SET person_kind = 'TAG' WHERE person_kind = 'SEGMENT';

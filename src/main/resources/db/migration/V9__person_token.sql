-- Which person an organisation's token names (issue 5, the access gate). A contractor knows a person
-- only by its own token, TenantKeys.token(tenant, organisation, person); the gate fills a row when it
-- lists persons for that organisation and resolves the token back to the tenant's own token here. A
-- token of another tenant or organisation has no row, so it names nothing (404, no existence leak).
CREATE TABLE org_person_token (
  tenant_id        VARCHAR(64) NOT NULL,
  organisation_id  VARCHAR(64) NOT NULL,
  token            VARCHAR(64) NOT NULL,
  own_token        VARCHAR(64) NOT NULL,
  PRIMARY KEY (tenant_id, organisation_id, token)
);

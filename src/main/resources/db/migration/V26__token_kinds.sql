-- Issue 14, no insider path around the gate: an API token has a kind (operator: a person's token,
-- living as long as their organisation allows; machine: a client bound to an allow-list of networks;
-- cli: the 8-hour session of `mamori login`), a machine token its networks (CIDR blocks, comma
-- separated), and an organisation the lifetime of its people's operator tokens in hours (NULL: the
-- default of 24 hours; at most 30 days). Tokens issued before this version are operator tokens.
ALTER TABLE api_token ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'operator';
ALTER TABLE api_token ADD COLUMN networks VARCHAR(2000) NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN token_hours INTEGER;

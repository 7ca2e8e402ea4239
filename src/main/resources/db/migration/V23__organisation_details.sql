-- Issue 14, point 2: a contractor or subcontractor is registered with what a city must know of it:
-- its corporate number (法人番号, 13 digits with its check digit; NULL for a controller and for rows
-- stored before this version), its address, the country where the work is done (ISO 3166-1 alpha-2;
-- work abroad against the contract was one of the incidents), and the networks (CIDR blocks, one
-- per line, as entrustment's lists are text) from which its people may work (point 4: a contractor's
-- request from elsewhere is refused). parent_org ties a subcontractor to the contractor that registered
-- it (a contractor's admin registers only its own subcontractors). The table is small; no index is
-- needed.
ALTER TABLE organisation ADD COLUMN corporate_number VARCHAR(13);
ALTER TABLE organisation ADD COLUMN address VARCHAR(400) NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN country VARCHAR(2) NOT NULL DEFAULT 'JP';
ALTER TABLE organisation ADD COLUMN networks TEXT NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN parent_org VARCHAR(64);

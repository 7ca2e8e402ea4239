-- Who requested each entrustment (issue 13, point 9). A first entrustment that shows the My Number or
-- the bank account in the clear stays requested until the tenant's security officer approves it, and
-- the one who requested it may not approve it; this column is how the approval step tells them apart.
-- Entrustments stored before it have none, and keep the rule they were made under.
ALTER TABLE entrustment ADD COLUMN requested_by VARCHAR(64);

-- Issue 15, review: incident.classification holds the PPC rule's triggers with their reasons as JSON,
-- and the officer's reasons appear twice in it (as said, and in the triggers they set); at their
-- longest, full of characters JSON escapes, that exceeds the VARCHAR(4000) of V27, and PostgreSQL
-- refused the update after incident.change was logged. The column becomes unbounded text.
-- ${widen_incident_classification} is that ALTER on PostgreSQL; SQLite never enforces a VARCHAR's
-- length, so there it is a statement that changes nothing (store.Dialect).
${widen_incident_classification};

-- Promise 7: erasing a person shreds the work documents tied to them (work.DocumentErasure), found
-- by the person they name: one range of this index, not a scan of the tenant's documents.
CREATE INDEX work_document_person ON work_document (tenant_id, person_id);

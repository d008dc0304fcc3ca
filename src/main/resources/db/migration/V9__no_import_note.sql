-- Imported organizations were given a verification note that every one of them then read on its home
-- page ("Note from the program: Imported from the program's data"); the import is in the audit trail.
update organization set status_reason = null where status_reason = 'Imported from the program''s data';

-- The audit trail is append-only, and on PostgreSQL the database itself enforces it: whatever the
-- client (the application, a script, psql), UPDATE, DELETE and TRUNCATE on audit_event fail.
-- Repeatable, so that a change to this file is applied again; written to be re-runnable.
-- A table owner can still disable these triggers; a production database role that does not own
-- the table (and has only INSERT and SELECT on it) closes that gap.

create or replace function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'restrict_violation',
              hint = 'Audit rows are never changed or removed; record a new event instead.';
end;
$$;

drop trigger if exists audit_event_no_update_or_delete on audit_event;
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

drop trigger if exists audit_event_no_truncate on audit_event;
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

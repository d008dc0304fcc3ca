-- Issue 14, organization part (decision 023).

-- The profile's last change: written on any change of the aggregate, contact persons included, so
-- that the organization's version moves with it and a stale form is refused.
alter table organization add column profile_changed_at timestamp with time zone;

-- A verified organization's new name waits for the program; the old one stays public until then.
alter table organization add column proposed_name varchar(200);
alter table organization add column name_review_note varchar(1000);

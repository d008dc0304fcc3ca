-- Accounts are no longer locked after failed logins (decision 022): failures are slowed down per
-- e-mail and client address in memory, so the lock counter and its end time go.
alter table account drop column failed_attempts;
alter table account drop column locked_until;

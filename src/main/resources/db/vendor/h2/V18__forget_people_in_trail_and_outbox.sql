-- The trail and the outbox without the people who may ask to be forgotten (decision 023).
--
-- 1. An account's own rows (logins, second factors, its creation, resets by link) name it by id, as
--    rows written from now on do; rows about an account no longer repeat its e-mail in "details".
--    Staff acting on an account keep their e-mail. The subject id names the account at display time,
--    and an erased one reads "deleted account".
-- 2. Rows members wrote before they were written as account:<id> (postings, introductions,
--    registrations) name them by id too. A failed login for an address with no account keeps the
--    address as typed: it names no account here.
-- 3. Mails already sent or given up lose the single-use links in their stored bodies.

update audit_event set details = null
where subject_type = 'ACCOUNT' and details like '%@%';

update audit_event set actor = 'account:' || subject_id
where subject_type = 'ACCOUNT'
  and subject_id is not null
  and actor like '%@%'
  and actor not in (select a.email from account a where a.role in ('PROGRAM_MANAGER', 'ADMIN'));

update audit_event set actor = (
    select 'account:' || cast(a.id as varchar) from account a
    where a.email = lower(audit_event.actor) and a.role in ('STARTUP', 'PROVIDER'))
where actor like '%@%'
  and exists (select 1 from account a where a.email = lower(audit_event.actor) and a.role in ('STARTUP', 'PROVIDER'));

update mail_outbox
set body = regexp_replace(body, 'https?://\S*(token=|/invitation/)\S*', '[single-use link, not kept]')
where status <> 'PENDING'
  and (notice_key like 'password_reset:%' or notice_key like 'email_verification:%' or notice_key like 'invitation:%');

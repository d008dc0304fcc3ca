-- The program's insight needs the time of each step of each introduction. The introduction keeps
-- the first time it reached each milestone (an "accumulating snapshot": one row per request, one
-- column per milestone), written by the aggregate in the same transaction as the step; the full
-- step-by-step history stays in the audit trail. See docs/decisions/010-insight.md.
alter table introduction add column approved_at timestamp with time zone;
-- accepted or declined by the recipient
alter table introduction add column answered_at timestamp with time zone;
alter table introduction add column meeting_held_at timestamp with time zone;
alter table introduction add column pilot_agreed_at timestamp with time zone;
alter table introduction add column pilot_completed_at timestamp with time zone;
alter table introduction add column contract_signed_at timestamp with time zone;
-- left the funnel: withdrawn, declined, expired or closed with no fit
alter table introduction add column ended_at timestamp with time zone;
-- the pair's match score (0-100) when the request was made; null when not known
alter table introduction add column match_score double precision;
-- introductions imported with their history from a program's data set keep the set's id
alter table introduction add column external_id varchar(100);
alter table introduction add constraint uq_introduction_external_id unique (external_id);

-- Existing requests take their milestones from the audit trail, which has recorded every step
-- since introductions exist; a step without an audit row takes the nearest known time.
update introduction i set approved_at = (
    select min(a.occurred_at) from audit_event a
    where a.subject_type = 'INTRODUCTION' and a.subject_id = cast(i.id as varchar(64))
      and a.action = 'INTRODUCTION_APPROVED');
update introduction set approved_at = coalesce(introduced_at, updated_at)
where approved_at is null and status in ('AWAITING_RESPONSE', 'INTRODUCED', 'DECLINED_BY_RECIPIENT', 'EXPIRED');

update introduction i set answered_at = (
    select min(a.occurred_at) from audit_event a
    where a.subject_type = 'INTRODUCTION' and a.subject_id = cast(i.id as varchar(64))
      and a.action in ('INTRODUCTION_ACCEPTED', 'INTRODUCTION_DECLINED_BY_RECIPIENT'));
update introduction set answered_at = coalesce(introduced_at, updated_at)
where answered_at is null and status in ('INTRODUCED', 'DECLINED_BY_RECIPIENT');

update introduction i set ended_at = (
    select max(a.occurred_at) from audit_event a
    where a.subject_type = 'INTRODUCTION' and a.subject_id = cast(i.id as varchar(64))
      and a.action in ('INTRODUCTION_DECLINED_BY_PROGRAM', 'INTRODUCTION_DECLINED_BY_RECIPIENT',
                       'INTRODUCTION_WITHDRAWN', 'INTRODUCTION_EXPIRED'))
where status in ('DECLINED_BY_PROGRAM', 'DECLINED_BY_RECIPIENT', 'WITHDRAWN', 'EXPIRED');
update introduction set ended_at = updated_at
where ended_at is null and status in ('DECLINED_BY_PROGRAM', 'DECLINED_BY_RECIPIENT', 'WITHDRAWN', 'EXPIRED');

update introduction i set meeting_held_at = (
    select min(a.occurred_at) from audit_event a
    where a.subject_type = 'INTRODUCTION' and a.subject_id = cast(i.id as varchar(64))
      and a.action = 'INTRODUCTION_OUTCOME_RECORDED' and a.after_state = 'MEETING_HELD');
update introduction i set pilot_agreed_at = (
    select min(a.occurred_at) from audit_event a
    where a.subject_type = 'INTRODUCTION' and a.subject_id = cast(i.id as varchar(64))
      and a.action = 'INTRODUCTION_OUTCOME_RECORDED' and a.after_state = 'PILOT_AGREED');
update introduction i set pilot_completed_at = (
    select min(a.occurred_at) from audit_event a
    where a.subject_type = 'INTRODUCTION' and a.subject_id = cast(i.id as varchar(64))
      and a.action = 'INTRODUCTION_OUTCOME_RECORDED' and a.after_state = 'PILOT_COMPLETED');
update introduction i set contract_signed_at = (
    select min(a.occurred_at) from audit_event a
    where a.subject_type = 'INTRODUCTION' and a.subject_id = cast(i.id as varchar(64))
      and a.action = 'INTRODUCTION_OUTCOME_RECORDED' and a.after_state = 'CONTRACT_SIGNED');
update introduction i set ended_at = (
    select min(a.occurred_at) from audit_event a
    where a.subject_type = 'INTRODUCTION' and a.subject_id = cast(i.id as varchar(64))
      and a.action = 'INTRODUCTION_OUTCOME_RECORDED' and a.after_state = 'CLOSED_NO_FIT')
where outcome = 'CLOSED_NO_FIT';
-- the outcome recorded last is the one the row holds: give it a time when the audit had none
update introduction set meeting_held_at = updated_at where outcome = 'MEETING_HELD' and meeting_held_at is null;
update introduction set pilot_agreed_at = updated_at where outcome = 'PILOT_AGREED' and pilot_agreed_at is null;
update introduction set pilot_completed_at = updated_at where outcome = 'PILOT_COMPLETED' and pilot_completed_at is null;
update introduction set contract_signed_at = updated_at where outcome = 'CONTRACT_SIGNED' and contract_signed_at is null;
update introduction set ended_at = updated_at where outcome = 'CLOSED_NO_FIT' and ended_at is null;

-- The dashboard reads a period of requests (by request time), and of steps (by step time).
create index ix_introduction_created on introduction (created_at);
create index ix_introduction_ended on introduction (ended_at);
create index ix_introduction_introduced on introduction (introduced_at);
create index ix_introduction_pilot_agreed on introduction (pilot_agreed_at);
create index ix_introduction_approved on introduction (recipient_org, approved_at);

-- Introductions: one brokered request about one need/opportunity pair (DESIGN.md, the workflow).
-- Titles and organization names are kept as they were when requested, so that the request still
-- reads right after a posting changed or closed.
create table introduction (
    id                  uuid          not null,
    need_id             uuid          not null,
    opportunity_id      uuid          not null,
    need_title          varchar(200)  not null,
    opportunity_title   varchar(200)  not null,
    requester_type      varchar(16)   not null,
    requester_org       uuid          not null,
    requester_name      varchar(200)  not null,
    requester_anonymous boolean       not null,
    recipient_org       uuid          not null,
    recipient_name      varchar(200)  not null,
    recipient_anonymous boolean       not null,
    requested_by        varchar(254)  not null,
    message             varchar(2000) not null,
    status              varchar(32)   not null,
    -- set while the pair is open or introduced: the unique constraint allows one such request per pair
    open_pair           varchar(80),
    info_request        varchar(2000),
    decline_reason      varchar(32),
    decline_note        varchar(2000),
    decided_by          varchar(254),
    outcome             varchar(32),
    outcome_note        varchar(2000),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    expires_at          timestamp with time zone,
    reminded_at         timestamp with time zone,
    introduced_at       timestamp with time zone,
    version             bigint        not null,
    constraint pk_introduction primary key (id),
    constraint uq_introduction_open_pair unique (open_pair),
    constraint fk_introduction_need foreign key (need_id) references need (id),
    constraint fk_introduction_opportunity foreign key (opportunity_id) references opportunity (id),
    constraint fk_introduction_requester foreign key (requester_org) references organization (id),
    constraint fk_introduction_recipient foreign key (recipient_org) references organization (id),
    constraint ck_introduction_status check (status in ('PENDING_REVIEW', 'NEEDS_INFO', 'AWAITING_RESPONSE',
        'INTRODUCED', 'DECLINED_BY_PROGRAM', 'DECLINED_BY_RECIPIENT', 'EXPIRED', 'WITHDRAWN')),
    constraint ck_introduction_outcome check (outcome is null or outcome in ('MEETING_HELD', 'PILOT_AGREED',
        'PILOT_COMPLETED', 'CONTRACT_SIGNED', 'CLOSED_NO_FIT')),
    constraint ck_introduction_requester check (requester_type in ('STARTUP', 'PROVIDER'))
);
create index ix_introduction_status on introduction (status, created_at);
create index ix_introduction_requester on introduction (requester_org, updated_at);
create index ix_introduction_recipient on introduction (recipient_org, updated_at);
create index ix_introduction_expiry on introduction (status, expires_at);

-- Matching's memory of declined pairs: not suggested again to the side that asked.
create table match_exclusion (
    need_id        uuid        not null,
    opportunity_id uuid        not null,
    requester_type varchar(16) not null,
    created_at     timestamp with time zone not null,
    constraint pk_match_exclusion primary key (need_id, opportunity_id, requester_type)
);
create index ix_match_exclusion_opportunity on match_exclusion (opportunity_id, requester_type);

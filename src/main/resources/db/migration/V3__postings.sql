-- Budget bands are reference data like the rest of the taxonomy.
insert into taxonomy_term (kind, code, label, parent_code, sort_order) values
('BUDGET_BAND', 'under-25k', 'Under 25k', null, 1),
('BUDGET_BAND', '25k-100k', '25k–100k', null, 2),
('BUDGET_BAND', '100k-250k', '100k–250k', null, 3),
('BUDGET_BAND', '250k-1m', '250k–1m', null, 4),
('BUDGET_BAND', 'over-1m', 'Over 1m', null, 5),
('BUDGET_BAND', 'to-be-agreed', 'To be agreed', null, 6);

-- Organizations may come from a program's data set: its id is kept as the external id.
alter table organization add column external_id varchar(100);
alter table organization add constraint uq_organization_external_id unique (external_id);

create table need (
    id              uuid           not null,
    external_id     varchar(100),
    organization_id uuid           not null,
    title           varchar(200)   not null,
    description     varchar(10000) not null,
    stage           varchar(64),
    status          varchar(16)    not null,
    anonymous       boolean        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    published_at    timestamp with time zone,
    version         bigint         not null,
    constraint pk_need primary key (id),
    constraint uq_need_external_id unique (external_id),
    constraint fk_need_organization foreign key (organization_id) references organization (id),
    constraint ck_need_status check (status in ('DRAFT', 'PUBLISHED', 'CLOSED'))
);
create index ix_need_organization on need (organization_id, status);
create index ix_need_status on need (status, updated_at);

-- Every multi-valued taxonomy field of a need, one row per code.
create table need_term (
    need_id uuid        not null,
    kind    varchar(32) not null,
    code    varchar(64) not null,
    constraint pk_need_term primary key (need_id, kind, code),
    constraint fk_need_term_need foreign key (need_id) references need (id) on delete cascade
);
create index ix_need_term_code on need_term (kind, code);

create table opportunity (
    id                uuid           not null,
    external_id       varchar(100),
    organization_id   uuid           not null,
    title             varchar(200)   not null,
    problem_statement varchar(10000) not null,
    desired_outcomes  varchar(4000),
    minimum_stage     varchar(64),
    region            varchar(64)    not null,
    budget_band       varchar(64),
    timeline          varchar(200),
    response_deadline date,
    status            varchar(16)    not null,
    anonymous         boolean        not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    published_at      timestamp with time zone,
    version           bigint         not null,
    constraint pk_opportunity primary key (id),
    constraint uq_opportunity_external_id unique (external_id),
    constraint fk_opportunity_organization foreign key (organization_id) references organization (id),
    constraint ck_opportunity_status check (status in ('DRAFT', 'PUBLISHED', 'CLOSED', 'AWARDED'))
);
create index ix_opportunity_organization on opportunity (organization_id, status);
create index ix_opportunity_status on opportunity (status, response_deadline);

create table opportunity_term (
    opportunity_id uuid        not null,
    kind           varchar(32) not null,
    code           varchar(64) not null,
    constraint pk_opportunity_term primary key (opportunity_id, kind, code),
    constraint fk_opportunity_term_opportunity foreign key (opportunity_id) references opportunity (id) on delete cascade
);
create index ix_opportunity_term_code on opportunity_term (kind, code);

-- The program's single list of all postings of both kinds.
create view posting_overview as
select n.id, 'NEED' as kind, n.organization_id, o.name as organization_name, n.title, n.status,
       n.anonymous, n.updated_at, cast(null as date) as response_deadline
from need n join organization o on o.id = n.organization_id
union all
select p.id, 'OPPORTUNITY' as kind, p.organization_id, o.name as organization_name, p.title, p.status,
       p.anonymous, p.updated_at, p.response_deadline
from opportunity p join organization o on o.id = p.organization_id;

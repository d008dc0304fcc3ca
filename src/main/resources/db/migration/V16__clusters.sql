-- Issue 15, clusters as data (decision 028).

-- The clusters that joined the program; a code is a lowercase slug, a name is for people.
create table cluster (
    code     varchar(64)  not null,
    name     varchar(200) not null,
    position integer      not null,
    constraint pk_cluster primary key (code)
);
insert into cluster (code, name, position) values
    ('massachusetts', 'Massachusetts digital health cluster', 1),
    ('catalonia', 'Catalonia HealthTech Cluster', 2),
    ('yorkshire', 'Yorkshire NHS & industry partners', 3);

-- Partner clusters: symmetric, so each agreement is stored both ways and read from one side.
create table cluster_partner (
    cluster_code varchar(64) not null,
    partner_code varchar(64) not null,
    constraint pk_cluster_partner primary key (cluster_code, partner_code),
    constraint fk_cluster_partner_cluster foreign key (cluster_code) references cluster (code),
    constraint fk_cluster_partner_partner foreign key (partner_code) references cluster (code),
    constraint ck_cluster_partner_other check (cluster_code <> partner_code)
);
-- MassMEDIC and Catalonia's HealthTech Cluster signed an agreement; Yorkshire joined both.
insert into cluster_partner (cluster_code, partner_code) values
    ('massachusetts', 'catalonia'), ('catalonia', 'massachusetts'),
    ('massachusetts', 'yorkshire'), ('yorkshire', 'massachusetts'),
    ('catalonia', 'yorkshire'), ('yorkshire', 'catalonia');

-- Each organization belongs to exactly one cluster, taken from its region: North America to
-- Massachusetts, Spain to Catalonia, the United Kingdom to Yorkshire; "europe" and "anywhere"
-- name no cluster and go to Massachusetts, the program's first cluster.
alter table organization add column cluster_code varchar(64);
update organization set cluster_code = case
    when region in ('catalonia', 'spain') then 'catalonia'
    when region in ('yorkshire', 'united-kingdom') then 'yorkshire'
    else 'massachusetts' end;
alter table organization alter column cluster_code set not null;
alter table organization add constraint fk_organization_cluster foreign key (cluster_code) references cluster (code);
create index ix_organization_cluster on organization (cluster_code);

-- A program manager works for one or more clusters; existing managers get all three, so that no
-- request leaves anybody's queue.
create table account_cluster (
    account_id   uuid        not null,
    cluster_code varchar(64) not null,
    constraint pk_account_cluster primary key (account_id, cluster_code),
    constraint fk_account_cluster_account foreign key (account_id) references account (id),
    constraint fk_account_cluster_cluster foreign key (cluster_code) references cluster (code)
);
insert into account_cluster (account_id, cluster_code)
    select a.id, c.code from account a cross join cluster c where a.role = 'PROGRAM_MANAGER';

-- A posting is shared with its cluster's partners (the default) or kept inside its own cluster.
alter table need add column kept_in_cluster boolean default false not null;
alter table opportunity add column kept_in_cluster boolean default false not null;

-- An introduction knows both sides' clusters (its queues) and for which cluster it was decided.
alter table introduction add column requester_cluster varchar(64);
alter table introduction add column recipient_cluster varchar(64);
alter table introduction add column decided_for_cluster varchar(64);
update introduction set requester_cluster = (select o.cluster_code from organization o where o.id = requester_org);
update introduction set recipient_cluster = (select o.cluster_code from organization o where o.id = recipient_org);
alter table introduction alter column requester_cluster set not null;
alter table introduction alter column recipient_cluster set not null;
create index ix_introduction_requester_cluster on introduction (requester_cluster, status);
create index ix_introduction_recipient_cluster on introduction (recipient_cluster, status);

-- Who may see a posting, as ",code,code," (sorted), so that a browse filters with one "like". The
-- three clusters are each other's partners, so every existing (shared) posting is seen by all three.
alter table need add column audience varchar(400);
alter table opportunity add column audience varchar(400);
update need set audience = ',catalonia,massachusetts,yorkshire,';
update opportunity set audience = ',catalonia,massachusetts,yorkshire,';

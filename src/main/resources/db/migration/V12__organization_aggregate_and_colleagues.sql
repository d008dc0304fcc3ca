-- Issue 14, organization part (decision 023).

-- The profile's last change: written on any change of the aggregate, contact persons included, so
-- that the organization's version moves with it and a stale form is refused.
alter table organization add column profile_changed_at timestamp with time zone;

-- A verified organization's new name waits for the program; the old one stays public until then.
alter table organization add column proposed_name varchar(200);
alter table organization add column name_review_note varchar(1000);

-- A member's invitation of a colleague: single use, expires; only the token's SHA-256 is stored.
create table organization_invitation (
    id              uuid         not null,
    organization_id uuid         not null,
    email           varchar(254) not null,
    token_hash      varchar(64)  not null,
    invited_by      uuid,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    used_at         timestamp with time zone,
    version         bigint       not null,
    constraint pk_organization_invitation primary key (id),
    constraint uq_invitation_token unique (token_hash),
    constraint fk_invitation_organization foreign key (organization_id) references organization (id)
);
create index ix_invitation_organization on organization_invitation (organization_id, used_at);

-- Accounts are no longer locked after failed logins (decision 022): failures are slowed down per
-- e-mail and client address in memory, so the lock counter and its end time go.
alter table account drop column failed_attempts;
alter table account drop column locked_until;

-- Two-factor login (decision 022): one authenticator per account, its secret sealed with
-- portal.security.two-factor.key when set; recovery codes kept as SHA-256 hashes.
create table two_factor (
    account_id  uuid         not null,
    secret      varchar(200) not null,
    enrolled_at timestamp with time zone not null,
    last_step   bigint       not null,
    version     bigint       not null,
    constraint pk_two_factor primary key (account_id),
    constraint fk_two_factor_account foreign key (account_id) references account (id)
);

create table two_factor_recovery_code (
    id         uuid        not null,
    account_id uuid        not null,
    code_hash  varchar(64) not null,
    used_at    timestamp with time zone,
    version    bigint      not null,
    constraint pk_two_factor_recovery_code primary key (id),
    constraint fk_two_factor_recovery_code_account foreign key (account_id) references account (id)
);

create index ix_two_factor_recovery_code_account on two_factor_recovery_code (account_id);

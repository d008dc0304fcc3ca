-- Issue 14: password reset, change of password and e-mail verification (docs/decisions/021).

-- Accounts that exist today were made by the program, the demo data or the bootstrap administrator:
-- their addresses count as verified. Only a self-registration from now on starts unverified.
alter table account add column email_verified boolean default true not null;
-- When the password last changed: a session that signed in before it ends at its next request.
alter table account add column credentials_changed_at timestamp with time zone;

-- An organization registered by someone whose address is not confirmed yet waits outside the
-- program's queue until the link in the verification mail is followed.
alter table organization add column email_confirmed boolean default true not null;

-- Single-use links sent by e-mail. Only the SHA-256 of the secret is kept: a copy of the database
-- holds no link that works.
create table account_token (
    id          uuid                     not null,
    account_id  uuid                     not null,
    purpose     varchar(32)              not null,
    token_hash  varchar(64)              not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint pk_account_token primary key (id),
    constraint uq_account_token_hash unique (token_hash),
    constraint fk_account_token_account foreign key (account_id) references account (id) on delete cascade,
    constraint ck_account_token_purpose check (purpose in ('PASSWORD_RESET', 'EMAIL_VERIFICATION'))
);
create index ix_account_token_account on account_token (account_id, purpose, created_at);

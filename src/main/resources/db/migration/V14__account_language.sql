-- Decision 026: the language an account reads the portal, its e-mails and notices in ('en', 'es', 'ca').
-- Null until the person first signs in; then the language of the session (browser or chosen) is kept.
alter table account add column language varchar(8);
alter table account add constraint ck_account_language check (language is null or language in ('en', 'es', 'ca'));

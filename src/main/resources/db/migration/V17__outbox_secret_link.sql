-- A mail carrying a single-use link (password reset, e-mail confirmation, invitation) keeps the link
-- here, apart from its body, only until the mail has left or been given up; the stored body holds a
-- placeholder. The hash in account_token or invitation is then the only trace of the secret.
alter table mail_outbox add column secret_link varchar(2000);

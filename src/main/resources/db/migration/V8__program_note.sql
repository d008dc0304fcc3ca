-- A program manager's note with an approval ("both teams met at our demo day"): kept with the
-- request, shown to both sides and sent with the approval e-mails.
alter table introduction add column program_note varchar(2000);

-- The language a posting is written in (en, es, ca): chosen in the editor, else detected from its
-- text when saved (decision 027). Null for postings saved before: the index detects theirs.
alter table need add column language varchar(2);
alter table opportunity add column language varchar(2);
alter table need add constraint ck_need_language check (language in ('en', 'es', 'ca'));
alter table opportunity add constraint ck_opportunity_language check (language in ('en', 'es', 'ca'));

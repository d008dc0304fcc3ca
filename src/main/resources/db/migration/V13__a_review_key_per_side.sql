-- Decision 024: a request still in the program's review holds its pair for its own side only
-- ("<need>:<opportunity>:S" or ":P"), so the other side may ask for the same pair without learning of
-- it; once approved or introduced a request holds the pair itself ("<need>:<opportunity>").
update introduction
   set open_pair = open_pair || case requester_type when 'STARTUP' then ':S' else ':P' end
 where status in ('PENDING_REVIEW', 'NEEDS_INFO') and open_pair is not null;

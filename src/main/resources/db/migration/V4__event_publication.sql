-- Spring Modulith's registry of event publications: an event handled after commit (the search
-- index update) is recorded in the same transaction as the change, and marked complete (deleted)
-- once handled; what a crash left incomplete is handled again at the next start.
create table event_publication (
    id                     uuid          not null,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication primary key (id)
);
create index ix_event_publication_completion on event_publication (completion_date);
create index ix_event_publication_listener on event_publication (listener_id, publication_date);

-- The message book (meddelelsesbog, L1): per student and school year, resource-oriented entries with goals per
-- subject area, agreements and whether the parents were told about the outcome (R10, R11, L2).
create table message_book_entry (
    id                  varchar(36)   primary key,
    school_id           varchar(20)   not null,
    student_id          varchar(40)   not null,
    school_year         varchar(7)    not null,
    entry_date          date          not null,
    source              varchar(30)   not null,
    strengths           varchar(4000),
    evaluation          varchar(4000),
    parents_informed    boolean       not null,
    parents_informed_on date,
    process_instance_id varchar(64),
    created_by          varchar(64)   not null,
    created_at          timestamp     not null,
    foreign key (school_id, student_id) references student (school_id, id),
    constraint informed_has_date check (parents_informed = false or parents_informed_on is not null)
);

create index message_book_by_student on message_book_entry (school_id, student_id, school_year);

create table message_book_goal (
    entry_id varchar(36)   not null references message_book_entry (id),
    position integer       not null,
    area     varchar(30)   not null,
    goal     varchar(2000) not null,
    primary key (entry_id, position)
);

create table message_book_agreement (
    entry_id varchar(36)   not null references message_book_entry (id),
    position integer       not null,
    who      varchar(200)  not null,
    what     varchar(2000) not null,
    by_when  date,
    primary key (entry_id, position)
);

-- School-home conferences (R5-R7): a round per class with bookable slots. A slot is booked by one student only,
-- and a student books one slot per round: the database decides when two guardians press at the same moment.
create table conference_round (
    id                  varchar(36)  primary key,
    school_id           varchar(20)  not null,
    class_code          varchar(4)   not null,
    school_year         varchar(7)   not null,
    format              varchar(20)  not null,
    place               varchar(200) not null,
    booking_deadline    date         not null,
    process_instance_id varchar(64),
    created_by          varchar(64)  not null,
    created_at          timestamp    not null
);

create table conference_slot (
    id             varchar(36) primary key,
    round_id       varchar(36) not null references conference_round (id),
    starts_at      timestamp   not null,
    minutes        integer     not null,
    booked_student varchar(40),
    booked_by      varchar(64),
    booked_at      timestamp,
    constraint slot_time_once unique (round_id, starts_at),
    constraint slot_per_student unique (round_id, booked_student)
);

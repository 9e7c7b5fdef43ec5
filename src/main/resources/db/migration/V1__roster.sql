-- The roster: who is who at each school, as imported from the school's administrative system.
-- Rows are never deleted by an import: people who disappear become inactive, so history keeps their names.
create table school (
    id          varchar(20)  primary key,
    name        varchar(200) not null,
    policy_id   varchar(80)  not null,
    active      boolean      not null default true,
    updated_at  timestamp    not null
);

create table school_class (
    school_id   varchar(20)  not null references school (id),
    code        varchar(4)   not null,
    grade       integer      not null check (grade between 0 and 9),
    letter      varchar(1)   not null,
    active      boolean      not null default true,
    updated_at  timestamp    not null,
    primary key (school_id, code)
);

create table student (
    school_id   varchar(20)  not null,
    id          varchar(40)  not null,
    name        varchar(200) not null,
    class_code  varchar(4)   not null,
    active      boolean      not null default true,
    updated_at  timestamp    not null,
    primary key (school_id, id),
    foreign key (school_id, class_code) references school_class (school_id, code)
);

create table guardian (
    school_id   varchar(20)  not null references school (id),
    id          varchar(40)  not null,
    name        varchar(200) not null,
    email       varchar(200),
    phone       varchar(20),
    active      boolean      not null default true,
    updated_at  timestamp    not null,
    primary key (school_id, id)
);

create table student_guardian (
    school_id   varchar(20)  not null,
    student_id  varchar(40)  not null,
    guardian_id varchar(40)  not null,
    custody     boolean      not null,
    active      boolean      not null default true,
    updated_at  timestamp    not null,
    primary key (school_id, student_id, guardian_id),
    foreign key (school_id, student_id) references student (school_id, id),
    foreign key (school_id, guardian_id) references guardian (school_id, id)
);

create table staff (
    school_id   varchar(20)  not null references school (id),
    id          varchar(40)  not null,
    name        varchar(200) not null,
    email       varchar(200) not null,
    role        varchar(20)  not null,
    active      boolean      not null default true,
    updated_at  timestamp    not null,
    primary key (school_id, id)
);

create table team_member (
    school_id   varchar(20)  not null,
    class_code  varchar(4)   not null,
    staff_id    varchar(40)  not null,
    active      boolean      not null default true,
    updated_at  timestamp    not null,
    primary key (school_id, class_code, staff_id),
    foreign key (school_id, class_code) references school_class (school_id, code),
    foreign key (school_id, staff_id) references staff (school_id, id)
);

create table council_member (
    school_id   varchar(20)  not null,
    class_code  varchar(4)   not null,
    guardian_id varchar(40)  not null,
    active      boolean      not null default true,
    updated_at  timestamp    not null,
    primary key (school_id, class_code, guardian_id),
    foreign key (school_id, class_code) references school_class (school_id, code),
    foreign key (school_id, guardian_id) references guardian (school_id, id)
);

-- One school-year process per class and school year. The primary key is what makes the rollout idempotent,
-- also when two rollouts run at the same moment.
create table school_year_run (
    school_year         varchar(7)   not null,
    school_id           varchar(20)  not null,
    class_code          varchar(4)   not null,
    process_instance_id varchar(64),
    started_at          timestamp    not null,
    primary key (school_year, school_id, class_code),
    foreign key (school_id, class_code) references school_class (school_id, code)
);

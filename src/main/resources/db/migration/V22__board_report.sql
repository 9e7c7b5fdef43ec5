-- The school board's evaluation of its principle, written on the school year's last day (Folkeskoleloven § 44):
-- kept per school and year, so the board reads the year as it stood then, whatever happens later.
create table board_report (
    school_id   varchar(20) not null references school (id),
    school_year varchar(7)  not null,
    content     bytea       not null,
    created_at  timestamp   not null,
    primary key (school_id, school_year)
);

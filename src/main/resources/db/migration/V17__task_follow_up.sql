-- No promise stalls silently: a staff task past its follow-up date reminds its people once, and one still open the
-- principle's reminders.escalateAfter past its deadline gives the school's leadership a follow-up task, once.
create table task_follow_up (
    task_id        varchar(64) primary key,
    school_id      varchar(20) not null,
    reminded_at    timestamp,
    escalated_at   timestamp,
    leader_task_id varchar(64)
);

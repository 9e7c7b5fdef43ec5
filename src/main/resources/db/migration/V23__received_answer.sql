-- A family's answer the database decided at once (a booking: the winner of a slot is the one UPDATE that found it
-- free), received in one short transaction and completed in the engine afterwards by the answer worker. The task id
-- is the key, so of two guardians pressing together exactly one answer is received; the other is told it came.
create table received_answer (
    task_id      varchar(64)   primary key,
    person_id    varchar(64)   not null,
    person_groups varchar(4000) not null,
    answers      text          not null,
    receipt      varchar(400),
    decision     varchar(400),
    received_at  timestamp     not null,
    completed_at timestamp,
    problem      varchar(1000)
);
-- completed_at: when the engine completed the task, or when the answer was given up on (then with the problem);
-- the family's answers are cleared at either, so they live in the process alone.
create index received_answer_pending on received_answer (completed_at, received_at);

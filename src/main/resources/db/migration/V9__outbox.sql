-- E-mail outbox (parents issue): a notification is a row written in the process step's own transaction; the sender
-- delivers it later, with retries and backoff, so nothing is lost while the mail server is down or the application
-- restarts, and a row is sent at most once (it is claimed before sending and marked sent after).
alter table notification add column attempts integer default 0 not null;
alter table notification add column next_attempt_at timestamp;
alter table notification add column claimed_at timestamp;
alter table notification add column sent_at timestamp;
alter table notification add column last_error varchar(1000);
alter table notification add column event_start timestamp;
alter table notification add column event_minutes integer;
alter table notification add column event_place varchar(200);
update notification set status = 'PENDING', next_attempt_at = created_at where status = 'RECORDED';
create index notification_due on notification (status, next_attempt_at);

-- How each person wants to be told (the top complaint about today's tools is too many messages): at once, or one
-- digest a day at a chosen hour; and quiet hours when nothing is sent (except a login link someone asked for).
create table notification_preference (
    user_id     varchar(64) primary key,
    mode        varchar(10) not null,
    digest_hour integer     not null,
    quiet_from  integer     not null,
    quiet_to    integer     not null,
    updated_at  timestamp   not null
);

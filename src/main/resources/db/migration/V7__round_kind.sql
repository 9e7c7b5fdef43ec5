-- A round of bookable slots is either the autumn conferences (R5) or the student-led learning conversations (R9).
alter table conference_round add column kind varchar(20) not null default 'CONFERENCE';

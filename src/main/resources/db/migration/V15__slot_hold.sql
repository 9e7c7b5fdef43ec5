-- A family choosing a conference time holds it for a few minutes while it answers the form's questions: another
-- family neither sees nor books a held time until the hold runs out (held_until) or the holder books it.
alter table conference_slot add column held_for varchar(40);
alter table conference_slot add column held_until timestamp;

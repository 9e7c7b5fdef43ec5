-- Conference formats as real sessions (seed 004: "gruppesamtaler, fag-cafeer"): a group talk or a subject café is
-- one time with room for several families. Each place is a row of its own ("seat"), so a booking still takes one
-- row and the database still decides when two families press for the last place at once.
alter table conference_round add column families_per_time integer default 1 not null;
alter table conference_slot add column seat integer default 0 not null;
alter table conference_slot drop constraint slot_time_once;
alter table conference_slot add constraint slot_seat_once unique (round_id, starts_at, seat);

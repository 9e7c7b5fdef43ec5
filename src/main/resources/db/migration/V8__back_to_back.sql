-- Siblings' conferences back to back (R5): the family's wish is kept with the booked slot, so a sibling whose class
-- publishes its round later still gets the neighbouring time reserved.
alter table conference_slot add column back_to_back boolean default false not null;

-- R5 ("afsluttes med en aftale om det næste forløb"): the next focus point agreed at a conference is kept in the
-- message book, where the family reads it, not only in the minutes' PDF.
alter table message_book_entry add column next_focus varchar(2000);

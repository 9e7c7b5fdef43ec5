-- R12, R18: who was at the meeting a message book entry comes from (ticked among those invited), kept with the
-- agreements, so the family reads it on Mit barn and in the book's PDF.
alter table message_book_entry add column attendance varchar(2000);

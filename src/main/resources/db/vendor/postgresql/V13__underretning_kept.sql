-- L5: a recorded underretning is never changed and never deleted, except by the retention cleanup once its case's
-- retention time is over (L10). The application has no statement that does either; this makes the database refuse
-- it too, whoever asks.
create function app.underretning_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception 'En registreret underretning kan ikke ændres (L5)';
    end if;
    if exists (select 1 from app.concern_case c where c.process_instance_id = old.process_instance_id
               and c.retain_until is not null and c.retain_until < current_date) then
        return old;
    end if;
    raise exception 'En registreret underretning kan først slettes, når sagens opbevaringstid er udløbet (L5, L10)';
end
$$;

create trigger underretning_kept before update or delete on app.underretning
    for each row execute function app.underretning_kept();

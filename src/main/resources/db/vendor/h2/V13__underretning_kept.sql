-- The embedded demo database: the application alone keeps underretninger unchanged (PostgreSQL also has a trigger,
-- see db/vendor/postgresql). This keeps the two databases on the same schema version.
select 1;

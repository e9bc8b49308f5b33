-- an undo migration (Flyway Teams): the community edition does not apply it
drop table ${app_schema}.orders;

-- a lowercase v: not a Flyway migration
this is not sql either;

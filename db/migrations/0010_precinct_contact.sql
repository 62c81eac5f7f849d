-- How residents reach their inspector, printed on the report to residents: the precinct
-- point's phone and its reception hours (the address is post_address).
ALTER TABLE precinct ADD COLUMN phone TEXT;
ALTER TABLE precinct ADD COLUMN reception_hours TEXT;

-- A teacher's name as written in their passport, where it differs from the Azerbaijani spelling: certificates print
-- it under the name, and trips will need it for tickets.
alter table teacher add column passport_name varchar(200);

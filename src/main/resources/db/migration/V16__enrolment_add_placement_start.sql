-- The first day a child sits in the class. A child who joins mid-term appears on attendance sheets only from this
-- day; null means from the beginning (places from the roster import, and places made before this column existed).
alter table placement add column starts_on date;

-- A note the child's teachers may read (allergies, who collects the child, reading level...).
alter table child add column note_for_teachers varchar(1000);

-- Whether a late arrival counts as present in attendance rates; schools may choose otherwise.
alter table school add column late_counts_as_present boolean not null default true;

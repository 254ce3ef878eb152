-- What a teacher teaches (Azerbaijani language, history, music...), as the school writes it.
alter table teacher add column subjects varchar(500);
-- Finding a school's teacher by the account invited, so that a second invitation reuses the row.
create index ix_teacher_school_account on teacher (school_id, account_id);

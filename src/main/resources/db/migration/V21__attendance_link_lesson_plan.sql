-- A lesson's record may follow a lesson plan of the curriculum (the plan's row stays even when retired).
alter table lesson_record add column lesson_plan_id bigint;
create index ix_lesson_record_plan on lesson_record (class_id, lesson_plan_id);

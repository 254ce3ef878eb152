-- Certificates for people outside a class's term: a teacher after a training course, an adult learner or a child after
-- a course. The holder is the person's record (teacher or learner; a child by child_id and family_id as before), so
-- that the certificate reaches them through their own account whenever they have one.
alter table certificate add column teacher_id bigint;
alter table certificate add column learner_id bigint;
create index ix_certificate_teacher on certificate (teacher_id);
create index ix_certificate_learner on certificate (learner_id);
create index ix_certificate_school_issued on certificate (school_id, issued_at);

-- The course a class follows (curriculum feature); how far it has come is read from the lessons linked to its plans.
create table curriculum_class_course (
    class_id  bigint       not null primary key,
    school_id bigint       not null,
    course_id bigint       not null,
    set_at    timestamp(6) not null,
    set_by    bigint       not null,
    constraint fk_class_course_course foreign key (course_id) references curriculum_course (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

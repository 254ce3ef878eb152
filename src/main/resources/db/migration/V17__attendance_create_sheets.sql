-- The attendance sheet of one lesson (attendance feature). One row per lesson, made when attendance is first taken
-- or a family reports an absence in advance; version detects two people saving the same sheet at once. School,
-- class, term and date are copied from the lesson so that reports need no other feature's tables.
create table attendance_sheet (
    lesson_id   bigint       not null primary key,
    version     bigint       not null,
    school_id   bigint       not null,
    class_id    bigint       not null,
    term_id     bigint       not null,
    lesson_date date         not null,
    taken_at    timestamp(6),
    taken_by    bigint
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_attendance_sheet_class on attendance_sheet (class_id, term_id, lesson_date);
create index ix_attendance_sheet_school on attendance_sheet (school_id, term_id, lesson_date);

-- One child's mark on one sheet; the key is the lesson and the child, so a child is never marked twice.
create table attendance_mark (
    lesson_id          bigint      not null,
    child_id           bigint      not null,
    family_id          bigint      not null,
    status             varchar(12) not null,
    note               varchar(500),
    reported_by_family boolean     not null default false,
    primary key (lesson_id, child_id),
    constraint fk_attendance_mark_sheet foreign key (lesson_id) references attendance_sheet (lesson_id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_attendance_mark_child on attendance_mark (child_id, lesson_id);
create index ix_attendance_mark_family on attendance_mark (family_id);

-- Changes to a sheet after the lesson's day: who, when, old and new. Only ever appended.
create table attendance_change (
    id              bigint       not null auto_increment primary key,
    lesson_id       bigint       not null,
    child_id        bigint       not null,
    changed_at      timestamp(6) not null,
    changed_by      bigint       not null,
    changed_by_name varchar(200) not null,
    old_status      varchar(12),
    new_status      varchar(12)  not null,
    old_note        varchar(500),
    new_note        varchar(500)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_attendance_change_lesson on attendance_change (lesson_id, changed_at);

-- An unexcused absence already told to the family: at most one notice per child and lesson.
create table absence_notice (
    lesson_id bigint       not null,
    child_id  bigint       not null,
    queued_at timestamp(6) not null,
    primary key (lesson_id, child_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

-- A family's report of an absence in advance, for one or more days.
create sequence absence_report_seq start with 1 increment by 50;

create table absence_report (
    id          bigint       not null primary key,
    version     bigint       not null,
    child_id    bigint       not null,
    family_id   bigint       not null,
    first_day   date         not null,
    last_day    date         not null,
    reason      varchar(500) not null,
    reported_by bigint       not null,
    reported_at timestamp(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_absence_report_child on absence_report (child_id, first_day);
create index ix_absence_report_family on absence_report (family_id, first_day);

-- The teacher's record of a lesson: topic, curriculum unit (free text until the curriculum is linked), homework,
-- notes and links to materials (one per line).
create table lesson_record (
    lesson_id       bigint        not null primary key,
    version         bigint        not null,
    school_id       bigint        not null,
    class_id        bigint        not null,
    lesson_date     date          not null,
    topic           varchar(300),
    curriculum_unit varchar(300),
    homework        varchar(2000),
    notes           varchar(2000),
    material_links  varchar(2000),
    updated_at      timestamp(6)  not null,
    updated_by      bigint        not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_lesson_record_class on lesson_record (class_id, lesson_date);

-- Holidays and breaks of a term (school feature).
create sequence term_break_seq start with 1 increment by 50;

create table term_break (
    id          bigint       not null primary key,
    term_id     bigint       not null,
    name        varchar(120) not null,
    first_day   date         not null,
    last_day    date         not null,
    constraint fk_term_break_term foreign key (term_id) references term (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_term_break_term on term_break (term_id, first_day);

-- Lessons generated from a class's weekly slots (classes feature). Local date and time in the school's time zone,
-- never an instant, so a Saturday 10:00 class stays 10:00 local across daylight-saving changes. planned_on and
-- planned_at are where the timetable put the lesson; a moved lesson keeps them, so regenerating does not bring it back.
create sequence lesson_seq start with 1 increment by 50;

create table lesson (
    id               bigint       not null primary key,
    version          bigint       not null,
    class_id         bigint       not null,
    term_id          bigint       not null,
    planned_on       date         not null,
    planned_at       time         not null,
    lesson_date      date         not null,
    starts_at        time         not null,
    duration_minutes int          not null,
    status           varchar(20)  not null,
    moved            boolean      not null default false,
    note             varchar(500),
    constraint uk_lesson_class_planned unique (class_id, planned_on, planned_at),
    constraint fk_lesson_class foreign key (class_id) references school_class (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_lesson_class_date on lesson (class_id, lesson_date, starts_at);

-- Secret calendar feed addresses, one per owner (a class, a teacher's account, a family).
create table calendar_feed (
    owner_kind varchar(20) not null,
    owner_id   bigint      not null,
    token      varchar(64) not null primary key,
    constraint uk_calendar_feed_owner unique (owner_kind, owner_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

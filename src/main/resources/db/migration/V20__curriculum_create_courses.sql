-- The curriculum loaded from the curriculum/ folder (curriculum feature). Items keep their row (and id) for as long
-- as their slug exists; an item removed from the files is retired, never deleted, so lessons linked to it keep working.
create sequence curriculum_item_seq start with 1 increment by 50;

create table curriculum_course (
    id             bigint        not null primary key,
    version        bigint        not null,
    slug           varchar(80)   not null,
    title_az       varchar(300)  not null,
    title_en       varchar(300),
    title_ru       varchar(300),
    level          varchar(40),
    age_from       int,
    age_to         int,
    description_az varchar(4000),
    description_en varchar(4000),
    description_ru varchar(4000),
    retired        boolean       not null default false,
    updated_at     timestamp(6)  not null,
    constraint uq_curriculum_course_slug unique (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

create table curriculum_unit (
    id         bigint       not null primary key,
    version    bigint       not null,
    slug       varchar(80)  not null,
    course_id  bigint       not null,
    position   int          not null,
    title_az   varchar(300) not null,
    title_en   varchar(300),
    title_ru   varchar(300),
    retired    boolean      not null default false,
    updated_at timestamp(6) not null,
    constraint uq_curriculum_unit_slug unique (slug),
    constraint fk_curriculum_unit_course foreign key (course_id) references curriculum_course (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_curriculum_unit_course on curriculum_unit (course_id, position);

-- A lesson plan; its objectives, vocabulary, activities and homework are kept together as JSON (read as a whole,
-- never queried apart), with a plain search text beside them.
create table lesson_plan (
    id               bigint        not null primary key,
    version          bigint        not null,
    slug             varchar(80)   not null,
    unit_id          bigint        not null,
    position         int           not null,
    title_az         varchar(300)  not null,
    title_en         varchar(300),
    title_ru         varchar(300),
    duration_minutes int           not null,
    age_from         int,
    age_to           int,
    content          mediumtext    not null,
    search_text      varchar(8000) not null,
    retired          boolean       not null default false,
    updated_at       timestamp(6)  not null,
    constraint uq_lesson_plan_slug unique (slug),
    constraint fk_lesson_plan_unit foreign key (unit_id) references curriculum_unit (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_lesson_plan_unit on lesson_plan (unit_id, position);

-- The content hash of every file loaded, so that a start with unchanged files does nothing.
create table curriculum_file (
    path         varchar(300) not null primary key,
    content_hash char(64)     not null,
    loaded_at    timestamp(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

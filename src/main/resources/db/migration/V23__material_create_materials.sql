-- Lesson materials (material feature): the file is kept by the storage under stored_name, a name the server made;
-- file_name is only shown. school_id null is a material the network office shares with every school.
create sequence material_seq start with 1 increment by 50;

create table material (
    id           bigint       not null primary key,
    version      bigint       not null,
    school_id    bigint,
    class_id     bigint,
    lesson_id    bigint,
    stored_name  char(32)     not null,
    file_name    varchar(200) not null,
    content_type varchar(120) not null,
    kind         varchar(20)  not null,
    size_bytes   bigint       not null,
    uploaded_by  bigint       not null,
    uploaded_at  timestamp(6) not null,
    constraint uq_material_stored unique (stored_name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_material_lesson on material (lesson_id);

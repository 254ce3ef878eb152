create sequence school_class_seq start with 1 increment by 50;

create table school_class (
    id        bigint          not null primary key,
    version   bigint          not null,
    school_id bigint          not null,
    name      varchar(200)    not null,
    sort_key  varbinary(1024) not null,
    subject   varchar(120),
    level     varchar(60),
    min_age   int             not null,
    max_age   int             not null,
    language  varchar(20),
    capacity  int             not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
-- school_id is a reference to the school feature's table, kept without a foreign key across features on purpose:
-- features own their tables and meet through ids.
create index ix_school_class_school_sort on school_class (school_id, sort_key);

create table class_teacher (
    class_id           bigint not null,
    teacher_account_id bigint not null,
    primary key (class_id, teacher_account_id),
    constraint fk_class_teacher_class foreign key (class_id) references school_class (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

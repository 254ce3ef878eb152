create sequence teacher_seq start with 1 increment by 50;
create sequence family_seq start with 1 increment by 50;
create sequence guardian_seq start with 1 increment by 50;
create sequence child_seq start with 1 increment by 50;
create sequence adult_learner_seq start with 1 increment by 50;

create table teacher (
    id             bigint          not null primary key,
    version        bigint          not null,
    school_id      bigint          not null,
    account_id     bigint,
    full_name      varchar(200)    not null,
    sort_key       varbinary(1024) not null,
    search_key     varchar(500)    not null,
    email          varchar(254),
    languages      varchar(200),
    qualifications varchar(1000)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_teacher_school_sort on teacher (school_id, sort_key);
create index ix_teacher_account on teacher (account_id);

create table family (
    id        bigint          not null primary key,
    version   bigint          not null,
    school_id bigint,
    name      varchar(200)    not null,
    sort_key  varbinary(1024) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_family_school on family (school_id);

create table guardian (
    id                 bigint          not null primary key,
    version            bigint          not null,
    family_id          bigint          not null,
    account_id         bigint,
    full_name          varchar(200)    not null,
    sort_key           varbinary(1024) not null,
    search_key         varchar(500)    not null,
    email              varchar(254),
    phone              varchar(60),
    preferred_language varchar(20),
    constraint fk_guardian_family foreign key (family_id) references family (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_guardian_account on guardian (account_id);

create table child (
    id             bigint          not null primary key,
    version        bigint          not null,
    family_id      bigint          not null,
    school_id      bigint,
    first_name     varchar(100)    not null,
    last_name      varchar(100)    not null,
    full_name      varchar(200)    not null,
    sort_key       varbinary(1024) not null,
    search_key     varchar(500)    not null,
    passport_name  varchar(200),
    date_of_birth  date            not null,
    home_languages varchar(200),
    constraint fk_child_family foreign key (family_id) references family (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_child_school_sort on child (school_id, sort_key);
create index ix_child_family on child (family_id);

create table adult_learner (
    id         bigint          not null primary key,
    version    bigint          not null,
    school_id  bigint,
    account_id bigint          not null,
    full_name  varchar(200)    not null,
    sort_key   varbinary(1024) not null,
    search_key varchar(500)    not null,
    email      varchar(254)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

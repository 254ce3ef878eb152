create sequence school_seq start with 1 increment by 50;
create sequence term_seq start with 1 increment by 50;

create table country (
    code                char(2) not null primary key,
    digital_consent_age int     not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

create table school (
    id            bigint        not null primary key,
    version       bigint        not null,
    slug          varchar(120)  not null,
    name          varchar(200)  not null,
    sort_key      varbinary(1024) not null,
    search_key    varchar(500)  not null,
    city          varchar(120),
    country_code  char(2)       not null,
    delivery      varchar(20)   not null,
    time_zone     varchar(60)   not null,
    address       varchar(500),
    contact_email varchar(254),
    contact_phone varchar(60),
    description   text,
    constraint uk_school_slug unique (slug),
    constraint fk_school_country foreign key (country_code) references country (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_school_sort on school (sort_key);
create index ix_school_country_sort on school (country_code, sort_key);

create table term (
    id        bigint       not null primary key,
    version   bigint       not null,
    school_id bigint       not null,
    name      varchar(120) not null,
    starts_on date         not null,
    ends_on   date         not null,
    constraint fk_term_school foreign key (school_id) references school (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

-- The languages a school teaches in, as ISO 639-1 codes separated by commas ("az,de"); Azerbaijani for the existing.
alter table school add column languages varchar(100) not null default 'az';

-- A school's logo, at most 512 KB of PNG, JPEG or WebP as detected from its bytes; one per school.
create table school_logo (
    school_id    bigint      not null primary key,
    version      bigint      not null,
    content_type varchar(40) not null,
    bytes        mediumblob  not null,
    constraint fk_school_logo_school foreign key (school_id) references school (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

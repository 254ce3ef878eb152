-- Certificates (certificate feature). Templates are the network office's; a certificate keeps what it printed, so that
-- it reads the same years later whatever happens to the class or the child's record. The code is its public identity:
-- a name correction issues a new edition under the same code, and certificate_event keeps every issue, edition and
-- revocation (who, when, why).
create sequence certificate_template_seq start with 100 increment by 50;

create table certificate_template (
    id                bigint       not null primary key,
    version           bigint       not null,
    name              varchar(120) not null,
    kind              varchar(30)  not null,
    second_language   char(2)      not null,
    signer_title      varchar(150) not null,
    hours             int,
    min_rate_percent  int          not null,
    retired           boolean      not null default false
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

insert into certificate_template (id, version, name, kind, second_language, signer_title, hours, min_rate_percent)
values (1, 0, 'Dövr üzrə davamiyyət (az/en)', 'TERM_ATTENDANCE', 'en', 'Məktəb koordinatoru', null, 75),
       (2, 0, 'Dövr üzrə davamiyyət (az/ru)', 'TERM_ATTENDANCE', 'ru', 'Məktəb koordinatoru', null, 75),
       (3, 0, 'Kursun bitirilməsi (az/en)', 'COURSE_COMPLETION', 'en', 'Məktəb koordinatoru', null, 75),
       (4, 0, 'Müəllim hazırlığı (az/en)', 'TEACHER_TRAINING', 'en', 'Şəbəkə ofisinin rəhbəri', 24, 90);

create sequence certificate_seq start with 1 increment by 50;

create table certificate (
    id                bigint       not null primary key,
    version           bigint       not null,
    code              char(13)     not null,
    edition           int          not null,
    template_id       bigint       not null,
    kind              varchar(30)  not null,
    second_language   char(2)      not null,
    school_id         bigint       not null,
    class_id          bigint,
    term_id           bigint,
    child_id          bigint,
    family_id         bigint,
    holder_name       varchar(200) not null,
    passport_name     varchar(200),
    subject           varchar(200) not null,
    from_day          date         not null,
    to_day            date         not null,
    hours             int,
    signer_name       varchar(150) not null,
    signer_title      varchar(150) not null,
    issued_on         date         not null,
    issued_at         timestamp(6) not null,
    issued_by         bigint       not null,
    rate_permille     int,
    revoked_at        timestamp(6),
    revoked_by        bigint,
    revoke_reason     varchar(500),
    constraint uq_certificate_code unique (code),
    -- one certificate of a template per child and term: issuing twice is refused, not duplicated
    constraint uq_certificate_child_term unique (template_id, term_id, child_id),
    constraint fk_certificate_template foreign key (template_id) references certificate_template (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_certificate_class_term on certificate (class_id, term_id);
create index ix_certificate_family on certificate (family_id);

create sequence certificate_event_seq start with 1 increment by 50;

create table certificate_event (
    id             bigint       not null primary key,
    certificate_id bigint       not null,
    action         varchar(20)  not null,
    at             timestamp(6) not null,
    by_account     bigint       not null,
    detail         varchar(600),
    constraint fk_certificate_event foreign key (certificate_id) references certificate (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_certificate_event_certificate on certificate_event (certificate_id);

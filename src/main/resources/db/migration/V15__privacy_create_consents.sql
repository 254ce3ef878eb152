create sequence consent_seq start with 1 increment by 50;

-- A consent as given: who gave it, when, for which child, to which version of the text; and its withdrawal.
create table consent (
    id                      bigint       not null primary key,
    version                 bigint       not null,
    family_id               bigint       not null,
    child_id                bigint       not null,
    kind                    varchar(30)  not null,
    text_version            varchar(20)  not null,
    given_at                timestamp(6) not null,
    given_by_account        bigint       not null,
    child_under_consent_age boolean      not null,
    withdrawn_at            timestamp(6),
    withdrawn_by_account    bigint
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_consent_child on consent (child_id, kind);
create index ix_consent_family on consent (family_id);

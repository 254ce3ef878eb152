-- Names sort by sort_key (an ICU Azerbaijani collation key, compared byte by byte) and are searched by
-- search_key (folded ASCII); see docs/decisions/0002-azerbaijani-sorting-and-search.md.
create sequence account_seq start with 1 increment by 50;
create sequence account_scope_seq start with 1 increment by 50;
create sequence account_token_seq start with 1 increment by 50;

create table account (
    id             bigint       not null primary key,
    version        bigint       not null,
    email          varchar(254) not null,
    password_hash  varchar(255),
    display_name   varchar(200) not null,
    sort_key       varbinary(1024) not null,
    search_key     varchar(500) not null,
    locale         varchar(20)  not null,
    email_verified boolean      not null,
    enabled        boolean      not null,
    created_at     datetime(6)  not null,
    constraint uk_account_email unique (email)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_account_sort on account (sort_key);

create table account_role (
    account_id bigint      not null,
    role       varchar(30) not null,
    primary key (account_id, role),
    constraint fk_account_role_account foreign key (account_id) references account (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

create table account_scope (
    id         bigint      not null primary key,
    account_id bigint      not null,
    kind       varchar(30) not null,
    target_id  bigint      not null,
    constraint uk_account_scope unique (account_id, kind, target_id),
    constraint fk_account_scope_account foreign key (account_id) references account (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_account_scope_target on account_scope (kind, target_id);

create table account_token (
    id         bigint      not null primary key,
    account_id bigint      not null,
    purpose    varchar(30) not null,
    token_hash char(64)    not null,
    expires_at datetime(6) not null,
    used_at    datetime(6),
    created_at datetime(6) not null,
    constraint uk_account_token_hash unique (token_hash),
    constraint fk_account_token_account foreign key (account_id) references account (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

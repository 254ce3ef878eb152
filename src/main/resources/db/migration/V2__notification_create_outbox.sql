create sequence outbox_message_seq start with 1 increment by 50;

create table outbox_message (
    id              bigint       not null primary key,
    version         bigint       not null,
    recipient       varchar(254) not null,
    language        varchar(20)  not null,
    subject         varchar(300) not null,
    body            text         not null,
    status          varchar(20)  not null,
    attempts        int          not null,
    next_attempt_at datetime(6)  not null,
    last_error      varchar(1000),
    created_at      datetime(6)  not null,
    sent_at         datetime(6)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_outbox_due on outbox_message (status, next_attempt_at);
create index ix_outbox_recipient on outbox_message (recipient, created_at);

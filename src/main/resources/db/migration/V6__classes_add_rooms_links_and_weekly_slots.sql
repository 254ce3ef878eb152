alter table school_class
    add column room               varchar(200),
    add column meeting_link       varchar(500),
    add column open_for_enrolment boolean not null default true;

-- Weekly slots in the school's time zone: local day and time, never an instant.
create table class_slot (
    class_id         bigint      not null,
    position         int         not null,
    day_of_week      varchar(10) not null,
    starts_at        time        not null,
    duration_minutes int         not null,
    primary key (class_id, position),
    constraint fk_class_slot_class foreign key (class_id) references school_class (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

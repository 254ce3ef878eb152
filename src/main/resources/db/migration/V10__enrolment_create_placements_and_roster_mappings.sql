-- A child's place in a class. Enrolment by application (waitlist, decisions) builds on it later; the roster import
-- writes placements directly, as the coordinator confirmed them.
create sequence placement_seq start with 1 increment by 50;

create table placement (
    id        bigint       not null primary key,
    version   bigint       not null,
    school_id bigint       not null,
    class_id  bigint       not null,
    child_id  bigint       not null,
    family_id bigint       not null,
    placed_at timestamp(6) not null,
    source    varchar(20)  not null,
    constraint uq_placement_class_child unique (class_id, child_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_placement_child on placement (child_id);
create index ix_placement_family_class on placement (family_id, class_id);
create index ix_placement_school on placement (school_id);

-- Which column of a coordinator's spreadsheet holds which roster field, remembered per school and header line.
create sequence roster_column_mapping_seq start with 1 increment by 50;

create table roster_column_mapping (
    id               bigint        not null primary key,
    version          bigint        not null,
    school_id        bigint        not null,
    header_signature varchar(64)   not null,
    columns_by_field varchar(4000) not null,
    updated_at       timestamp(6)  not null,
    constraint uq_roster_mapping unique (school_id, header_signature)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

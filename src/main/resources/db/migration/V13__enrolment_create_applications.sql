-- Days a family has to take up an offered seat before it passes to the next child on the waitlist.
alter table school add column offer_deadline_days int not null default 7;

-- A place taken through an application belongs to a term; places from the roster import hold for every term.
alter table placement add column term_id bigint;
alter table placement add column application_id bigint;
create index ix_placement_class_term on placement (class_id, term_id);

create sequence application_seq start with 1 increment by 50;

-- A child's (or an adult learner's) application to a class for a term, with its state.
create table application (
    id                   bigint       not null primary key,
    version              bigint       not null,
    school_id            bigint       not null,
    class_id             bigint       not null,
    term_id              bigint       not null,
    child_id             bigint,
    family_id            bigint,
    learner_id           bigint,
    applicant_name       varchar(200) not null,
    applied_by_account   bigint       not null,
    state                varchar(20)  not null,
    applied_at           timestamp(6) not null,
    offer_expires_at     timestamp(6),
    reason               varchar(500),
    constraint ck_application_applicant check ((child_id is null) <> (learner_id is null))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_application_queue on application (class_id, term_id, state, applied_at, id);
create index ix_application_school on application (school_id, state, applied_at, id);
create index ix_application_family on application (family_id);
create index ix_application_child on application (child_id);
create index ix_application_learner on application (learner_id);
create index ix_application_offer_expiry on application (state, offer_expires_at);

create sequence application_event_seq start with 1 increment by 50;

-- Every change of an application: the enrolment history of each child.
create table application_event (
    id             bigint       not null primary key,
    application_id bigint       not null,
    at             timestamp(6) not null,
    state          varchar(20)  not null,
    class_id       bigint       not null,
    reason         varchar(500),
    by_account     bigint,
    constraint fk_application_event foreign key (application_id) references application (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;
create index ix_application_event_application on application_event (application_id, at);

-- One row per class, locked (select ... for update) by every change that takes or frees a seat, so that two
-- coordinators accepting into the last seat at the same moment are served one after the other.
create table class_seat_lock (
    class_id bigint not null primary key
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

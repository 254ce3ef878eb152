-- Public holidays per country, which later features (timetables, reminders) read.
create sequence country_holiday_seq start with 1 increment by 50;

create table country_holiday (
    id           bigint       not null primary key,
    country_code char(2)      not null,
    holiday_date date         not null,
    name         varchar(200) not null,
    constraint uk_country_holiday unique (country_code, holiday_date),
    constraint fk_country_holiday_country foreign key (country_code) references country (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_520_ci;

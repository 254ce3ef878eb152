-- The absence-notice sweep reads the taken sheets of the last two weeks across all schools.
create index ix_attendance_sheet_date on attendance_sheet (lesson_date);

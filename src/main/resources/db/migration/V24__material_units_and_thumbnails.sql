-- Materials of curriculum units (a school's own, or network-wide when school_id is null) beside those of lessons,
-- and the small picture the server makes of an uploaded image. A material belongs to a lesson or to a unit.
alter table material
    add column unit_id bigint,
    add column thumbnail_name char(32),
    add constraint uq_material_thumbnail unique (thumbnail_name),
    add constraint ck_material_target check ((lesson_id is null) <> (unit_id is null));
create index ix_material_unit on material (unit_id);

-- The coordinator's lists of families and adult learners page in the order of their names, either way
-- (docs/decisions/0002-azerbaijani-sorting-and-search.md): with the school and the sort key in one index, a page is read
-- along the index, forwards or backwards, instead of sorting every family of a large school for each page.
create index ix_family_school_sort on family (school_id, sort_key);
-- Its prefix serves every look-up by school that the old index served.
drop index ix_family_school on family;
create index ix_adult_learner_school_sort on adult_learner (school_id, sort_key);

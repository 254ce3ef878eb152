package org.ocaq.enrolment;

import org.ocaq.classes.ClassSummary;
import org.ocaq.people.ChildForm;
import org.ocaq.people.GuardianForm;
import org.ocaq.people.PeopleChange;
import org.ocaq.people.RosterChildRecord;
import org.ocaq.people.RosterGuardianRecord;
import org.ocaq.people.SchoolPeopleSnapshot;
import org.ocaq.shared.AzText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, row by row and without writing anything, what a roster file would do to a school: which children are
 * new, which exist and change, which rows are rejected and why. Rows are matched to existing children by name and
 * date of birth (letters folded, so "Aysen" finds "Ayşən"), to families by the guardian's email or phone. An
 * empty cell never erases what the school already knows.
 */
final class RosterPlanner {

    /** A row that confirming would write: the people change, and the class to place the child in (or null). */
    record PlannedRow(int lineNumber, PeopleChange change, Long newPlacementClassId) {
    }

    record Plan(RosterPreview preview, List<PlannedRow> writes) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final List<DateTimeFormatter> DATE_FORMATS = java.util.stream.Stream.of(
                    "uuuu-M-d", "d.M.uuuu", "d/M/uuuu", "uuuu/M/d", "d-M-uuuu", "uuuu.M.d")
            .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final int OLDEST_AGE = 25;
    private static final Map<String, String> LANGUAGE_NAMES = languageNames();

    private final Map<String, ClassSummary> classesByKey = new HashMap<>();
    private final Map<Long, ClassSummary> classesById = new HashMap<>();
    private final Map<String, RosterChildRecord> childrenByKey = new HashMap<>();
    private final Map<Long, List<RosterGuardianRecord>> guardiansByFamily = new HashMap<>();
    private final Map<String, Long> familyByContact = new HashMap<>();
    private final Map<Long, Set<Long>> placedClassesByChild = new HashMap<>();
    private final Map<Long, Long> placedCountByClass = new HashMap<>();
    private final LocalDate today;

    // What the rows planned so far add, so that later rows see earlier ones.
    private final Map<String, String> newFamilyByContact = new HashMap<>();
    private final Map<String, List<GuardianForm>> newGuardiansByFamilyRef = new HashMap<>();
    private final Map<String, NewChild> newChildrenByKey = new HashMap<>();
    private final Map<String, Integer> lineByChildAndClass = new HashMap<>();
    private final Map<Long, Set<String>> plannedGuardianContactsByFamily = new HashMap<>();

    private record NewChild(String key, Long familyId, String newFamilyKey, String newFamilyName,
                            Set<Long> classIds) {
    }

    RosterPlanner(SchoolPeopleSnapshot people, List<ClassSummary> classes, Map<Long, Set<Long>> placedClassesByChild,
                  LocalDate today) {
        this.today = today;
        for (ClassSummary schoolClass : classes) {
            classesByKey.putIfAbsent(classKey(schoolClass.name()), schoolClass);
            classesById.put(schoolClass.id(), schoolClass);
        }
        for (RosterChildRecord child : people.children()) {
            childrenByKey.putIfAbsent(childKey(child.form().lastName(), child.form().firstName(),
                    child.form().dateOfBirth()), child);
        }
        for (RosterGuardianRecord guardian : people.guardians()) {
            guardiansByFamily.computeIfAbsent(guardian.familyId(), k -> new ArrayList<>()).add(guardian);
            contactKeys(guardian.form().email(), guardian.form().phone())
                    .forEach(key -> familyByContact.putIfAbsent(key, guardian.familyId()));
        }
        placedClassesByChild.forEach((child, placed) -> {
            this.placedClassesByChild.put(child, new HashSet<>(placed));
            placed.forEach(classId -> placedCountByClass.merge(classId, 1L, Long::sum));
        });
    }

    Plan plan(List<RosterRow> rows, Set<Integer> skippedLines) {
        List<RosterRowResult> results = new ArrayList<>(rows.size());
        List<PlannedRow> writes = new ArrayList<>();
        for (RosterRow row : rows) {
            if (skippedLines.contains(row.lineNumber())) {
                results.add(new RosterRowResult(row, RosterRowStatus.SKIPPED, List.of(), Set.of()));
                continue;
            }
            planRow(row, results, writes);
        }
        return new Plan(new RosterPreview(List.copyOf(results)), List.copyOf(writes));
    }

    private void planRow(RosterRow row, List<RosterRowResult> results, List<PlannedRow> writes) {
        List<RowProblem> problems = new ArrayList<>();
        String firstName = row.value(RosterField.CHILD_FIRST_NAME);
        String lastName = row.value(RosterField.CHILD_LAST_NAME);
        if (firstName.isEmpty() || lastName.isEmpty()) {
            problems.add(new RowProblem(RosterProblem.MISSING_CHILD_NAME,
                    firstName.isEmpty() ? RosterField.CHILD_FIRST_NAME : RosterField.CHILD_LAST_NAME, ""));
        }
        String dateText = row.value(RosterField.DATE_OF_BIRTH);
        LocalDate dateOfBirth = parseDate(dateText).orElse(null);
        if (dateText.isEmpty()) {
            problems.add(new RowProblem(RosterProblem.MISSING_DATE_OF_BIRTH, RosterField.DATE_OF_BIRTH, ""));
        } else if (dateOfBirth == null || dateOfBirth.isAfter(today)
                || dateOfBirth.isBefore(today.minusYears(OLDEST_AGE))) {
            problems.add(new RowProblem(RosterProblem.BAD_DATE, RosterField.DATE_OF_BIRTH, dateText));
        }
        String guardianName = row.value(RosterField.GUARDIAN_NAME);
        if (guardianName.isEmpty()) {
            problems.add(new RowProblem(RosterProblem.MISSING_GUARDIAN_NAME, RosterField.GUARDIAN_NAME, ""));
        }
        String email = row.value(RosterField.GUARDIAN_EMAIL).toLowerCase(java.util.Locale.ROOT);
        String phone = row.value(RosterField.GUARDIAN_PHONE);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(new RowProblem(RosterProblem.INVALID_EMAIL, RosterField.GUARDIAN_EMAIL, email));
        } else if (email.isEmpty() && digits(phone).length() < 5) {
            problems.add(new RowProblem(RosterProblem.MISSING_GUARDIAN_CONTACT, RosterField.GUARDIAN_EMAIL, ""));
        }
        String className = row.value(RosterField.CLASS_NAME);
        ClassSummary schoolClass = className.isEmpty() ? null : classesByKey.get(classKey(className));
        if (!className.isEmpty() && schoolClass == null) {
            problems.add(new RowProblem(RosterProblem.UNKNOWN_CLASS, RosterField.CLASS_NAME, className));
        }
        if (!problems.isEmpty()) {
            results.add(new RosterRowResult(row, RosterRowStatus.REJECTED, List.copyOf(problems), Set.of()));
            return;
        }
        Long classId = schoolClass == null ? null : schoolClass.id();
        String childKey = childKey(lastName, firstName, dateOfBirth);
        String childAndClass = childKey + "|" + classId;
        Integer earlierLine = lineByChildAndClass.get(childAndClass);
        if (earlierLine != null) {
            results.add(new RosterRowResult(row, RosterRowStatus.REJECTED, List.of(new RowProblem(
                    RosterProblem.DUPLICATE_CHILD, RosterField.CHILD_FIRST_NAME, String.valueOf(earlierLine))),
                    Set.of()));
            return;
        }

        RosterChildRecord existing = childrenByKey.get(childKey);
        NewChild earlierNew = newChildrenByKey.get(childKey);
        Set<RosterField> changes = EnumSet.noneOf(RosterField.class);

        // The place in a class, checked before anything is remembered so that a rejected row leaves no trace.
        boolean newPlacement = false;
        if (classId != null) {
            Set<Long> placed = existing != null ? placedClassesByChild.getOrDefault(existing.childId(), Set.of())
                    : earlierNew != null ? earlierNew.classIds() : Set.of();
            if (!placed.contains(classId)) {
                long taken = placedCountByClass.getOrDefault(classId, 0L);
                if (taken >= schoolClass.capacity()) {
                    results.add(new RosterRowResult(row, RosterRowStatus.REJECTED, List.of(new RowProblem(
                            RosterProblem.OVER_CAPACITY, RosterField.CLASS_NAME,
                            schoolClass.name() + " (" + schoolClass.capacity() + ")")), Set.of()));
                    return;
                }
                newPlacement = true;
                changes.add(RosterField.CLASS_NAME);
            }
        }

        GuardianForm rowGuardian = new GuardianForm(guardianName, email.isEmpty() ? null : email,
                phone.isEmpty() ? null : phone, language(row.value(RosterField.GUARDIAN_LANGUAGE)));
        ChildForm rowChild = new ChildForm(firstName, lastName, blankToNull(row.value(RosterField.PASSPORT_NAME)),
                dateOfBirth, blankToNull(row.value(RosterField.HOME_LANGUAGES)),
                blankToNull(row.value(RosterField.NOTE_FOR_TEACHERS)));

        Long familyId;
        String newFamilyKey = null;
        String newFamilyName = null;
        ChildForm childForm;
        if (existing != null) {
            familyId = existing.familyId();
            childForm = mergeChild(existing.form(), rowChild, changes);
        } else if (earlierNew != null) {
            familyId = earlierNew.familyId();
            newFamilyKey = earlierNew.newFamilyKey();
            newFamilyName = earlierNew.newFamilyName();
            childForm = rowChild;
        } else {
            familyId = contactKeys(email, phone).stream().map(familyByContact::get).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            if (familyId == null) {
                newFamilyKey = contactKeys(email, phone).stream().map(newFamilyByContact::get)
                        .filter(Objects::nonNull).findFirst().orElse("line-" + row.lineNumber());
                newFamilyName = guardianName;
            }
            childForm = rowChild;
        }

        // The guardian the row names: an existing one of the family (maybe with changes), or a new one.
        Long guardianId = null;
        GuardianForm guardianChange = null;
        if (familyId != null) {
            Optional<RosterGuardianRecord> known = matchGuardian(guardiansByFamily.getOrDefault(familyId, List.of()),
                    rowGuardian);
            if (known.isPresent()) {
                EnumSet<RosterField> guardianChanges = EnumSet.noneOf(RosterField.class);
                GuardianForm merged = mergeGuardian(known.get().form(), rowGuardian, guardianChanges);
                if (!guardianChanges.isEmpty()) {
                    guardianId = known.get().guardianId();
                    guardianChange = merged;
                    changes.addAll(guardianChanges);
                }
            } else if (!plannedGuardianContactsByFamily.getOrDefault(familyId, Set.of())
                    .contains(guardianIdentity(rowGuardian))) {
                guardianChange = rowGuardian;
                changes.add(RosterField.GUARDIAN_NAME);
            }
        } else {
            List<GuardianForm> planned = newGuardiansByFamilyRef.computeIfAbsent(newFamilyKey, k -> new ArrayList<>());
            if (planned.stream().noneMatch(g -> guardianIdentity(g).equals(guardianIdentity(rowGuardian)))) {
                guardianChange = rowGuardian;
            }
        }

        RosterRowStatus status = existing == null ? RosterRowStatus.NEW
                : changes.isEmpty() ? RosterRowStatus.UNCHANGED : RosterRowStatus.UPDATED;
        results.add(new RosterRowResult(row, status, List.of(),
                status == RosterRowStatus.UPDATED ? Set.copyOf(changes) : Set.of()));
        lineByChildAndClass.put(childAndClass, row.lineNumber());
        if (status == RosterRowStatus.UNCHANGED) {
            return;
        }

        // Remember what this row adds, for the rows after it.
        if (newPlacement) {
            placedCountByClass.merge(classId, 1L, Long::sum);
            if (existing != null) {
                placedClassesByChild.computeIfAbsent(existing.childId(), k -> new HashSet<>()).add(classId);
            }
        }
        if (existing == null) {
            NewChild newChild = earlierNew != null ? earlierNew
                    : new NewChild(childKey, familyId, newFamilyKey, newFamilyName, new HashSet<>());
            if (classId != null) {
                newChild.classIds().add(classId);
            }
            newChildrenByKey.put(childKey, newChild);
        }
        if (guardianChange != null) {
            if (familyId != null) {
                plannedGuardianContactsByFamily.computeIfAbsent(familyId, k -> new HashSet<>())
                        .add(guardianIdentity(guardianChange));
                // A sibling on a later row with this guardian's contact joins the same family.
                Long family = familyId;
                contactKeys(email, phone).forEach(contact -> familyByContact.putIfAbsent(contact, family));
            } else {
                newGuardiansByFamilyRef.get(newFamilyKey).add(guardianChange);
                String key = newFamilyKey;
                contactKeys(email, phone).forEach(contact -> newFamilyByContact.putIfAbsent(contact, key));
            }
        }
        PeopleChange change = new PeopleChange(existing == null ? null : existing.childId(),
                existing == null ? childKey : null, familyId, newFamilyKey, newFamilyName, childForm, guardianId,
                guardianChange);
        writes.add(new PlannedRow(row.lineNumber(), change, newPlacement ? classId : null));
    }

    private static ChildForm mergeChild(ChildForm known, ChildForm row, Set<RosterField> changes) {
        String passport = pick(known.passportName(), row.passportName(), RosterField.PASSPORT_NAME, changes);
        String languages = pick(known.homeLanguages(), row.homeLanguages(), RosterField.HOME_LANGUAGES, changes);
        String note = pick(known.noteForTeachers(), row.noteForTeachers(), RosterField.NOTE_FOR_TEACHERS, changes);
        return new ChildForm(known.firstName(), known.lastName(), passport, known.dateOfBirth(), languages, note);
    }

    private static GuardianForm mergeGuardian(GuardianForm known, GuardianForm row, Set<RosterField> changes) {
        String name = pick(known.fullName(), row.fullName(), RosterField.GUARDIAN_NAME, changes);
        String email = pick(known.email(), row.email(), RosterField.GUARDIAN_EMAIL, changes);
        String phone = known.phone();
        if (row.phone() != null && !digits(row.phone()).equals(digits(known.phone()))) {
            phone = row.phone();
            changes.add(RosterField.GUARDIAN_PHONE);
        }
        String language = pick(known.preferredLanguage(), row.preferredLanguage(), RosterField.GUARDIAN_LANGUAGE,
                changes);
        return new GuardianForm(name, email, phone, language);
    }

    /** The row's value wins when it says something; an empty cell keeps what is known. */
    private static String pick(String known, String row, RosterField field, Set<RosterField> changes) {
        if (row == null || row.isBlank() || row.strip().equals(known == null ? null : known.strip())) {
            return known;
        }
        changes.add(field);
        return row.strip();
    }

    private static Optional<RosterGuardianRecord> matchGuardian(List<RosterGuardianRecord> known, GuardianForm row) {
        if (row.email() != null) {
            Optional<RosterGuardianRecord> byEmail = known.stream()
                    .filter(g -> row.email().equalsIgnoreCase(g.form().email())).findFirst();
            if (byEmail.isPresent()) {
                return byEmail;
            }
        }
        String phone = digits(row.phone());
        if (!phone.isEmpty()) {
            Optional<RosterGuardianRecord> byPhone = known.stream()
                    .filter(g -> phone.equals(digits(g.form().phone()))).findFirst();
            if (byPhone.isPresent()) {
                return byPhone;
            }
        }
        String name = AzText.searchKey(row.fullName());
        return known.stream().filter(g -> name.equals(AzText.searchKey(g.form().fullName()))).findFirst();
    }

    private static String guardianIdentity(GuardianForm guardian) {
        return guardian.email() != null ? "e:" + guardian.email()
                : !digits(guardian.phone()).isEmpty() ? "p:" + digits(guardian.phone())
                : "n:" + AzText.searchKey(guardian.fullName());
    }

    private static List<String> contactKeys(String email, String phone) {
        List<String> keys = new ArrayList<>(2);
        if (email != null && !email.isBlank()) {
            keys.add("e:" + email.strip().toLowerCase(java.util.Locale.ROOT));
        }
        String digits = digits(phone);
        if (digits.length() >= 5) {
            keys.add("p:" + digits);
        }
        return keys;
    }

    static Optional<LocalDate> parseDate(String text) {
        String date = text.strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(date, format));
            } catch (DateTimeException ignored) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** A guardian's language from a code or a name in the three languages; anything else stays unknown. */
    static String language(String text) {
        return LANGUAGE_NAMES.get(AzText.searchKey(text));
    }

    static String classKey(String name) {
        return AzText.searchKey(name.replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-'))
                .replaceAll("\\s*-\\s*", "-").replaceAll("\\(\\s*", "(").replaceAll("\\s*\\)", ")");
    }

    static String childKey(String lastName, String firstName, LocalDate dateOfBirth) {
        return AzText.searchKey(lastName) + "|" + AzText.searchKey(firstName) + "|" + dateOfBirth;
    }

    private static Map<String, String> languageNames() {
        Map<String, String> names = new HashMap<>();
        Map.of("az", List.of("az", "azərbaycan", "azərbaycanca", "azerbaijani", "азербайджанский"),
                        "en", List.of("en", "english", "ingilis", "ingiliscə", "английский"),
                        "ru", List.of("ru", "rus", "rusca", "russian", "русский"))
                .forEach((code, spellings) -> spellings.forEach(name -> names.put(AzText.searchKey(name), code)));
        return Map.copyOf(names);
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

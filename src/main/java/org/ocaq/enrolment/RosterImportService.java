package org.ocaq.enrolment;

import com.vaadin.flow.i18n.I18NProvider;
import org.ocaq.classes.ClassService;
import org.ocaq.classes.ClassSummary;
import org.ocaq.people.ChildForm;
import org.ocaq.people.PeopleRosterService;
import org.ocaq.people.PlacedChild;
import org.ocaq.people.RosterChildRecord;
import org.ocaq.people.RosterGuardianRecord;
import org.ocaq.people.SchoolPeopleSnapshot;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.Owner;
import org.ocaq.shared.Role;
import org.ocaq.shared.i18n.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * The coordinator's roster import and export: read a spreadsheet, map its columns (remembered per school and header
 * line), preview every row, and on confirmation write families, guardians, children and class places all together
 * or not at all. The export writes the school's roster in a form this import reads back unchanged.
 */
@Service
@Transactional
public class RosterImportService {

    /** The largest roster file read; larger files are refused before anything is parsed. */
    public static final int MAX_FILE_BYTES = RosterCsv.MAX_BYTES;

    private final PeopleRosterService people;
    private final ClassService classes;
    private final PlacementRepository placements;
    private final RosterColumnMappingRepository mappings;
    private final AccessPolicy access;
    private final I18NProvider i18n;
    private final Clock clock;

    RosterImportService(PeopleRosterService people, ClassService classes, PlacementRepository placements,
                        RosterColumnMappingRepository mappings, AccessPolicy access, I18NProvider i18n, Clock clock) {
        this.people = people;
        this.classes = classes;
        this.placements = placements;
        this.mappings = mappings;
        this.access = access;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Reads an uploaded file; a file that is not a readable roster gets a {@link RosterFileProblem}. */
    @Transactional(readOnly = true)
    public RosterUpload read(long schoolId, byte[] bytes) {
        checkCoordinator(schoolId);
        RosterFile file = RosterCsv.read(bytes);
        return mappings.findBySchoolIdAndHeaderSignature(schoolId, signature(file.headers()))
                .map(saved -> new RosterUpload(file, ColumnMapping.decode(saved.getColumnsByField(),
                        file.headers().size()), true))
                .orElseGet(() -> new RosterUpload(file, ColumnGuesser.guess(file.headers(), exportLabels()), false));
    }

    /** Remembers the coordinator's mapping for files with these headers. */
    public void rememberMapping(long schoolId, List<String> headers, ColumnMapping mapping) {
        checkCoordinator(schoolId);
        String signature = signature(headers);
        RosterColumnMapping saved = mappings.findBySchoolIdAndHeaderSignature(schoolId, signature)
                .orElseGet(() -> new RosterColumnMapping(schoolId, signature));
        saved.remember(mapping.encode(), clock.instant());
        mappings.save(saved);
    }

    /** What confirming would do with every row; writes nothing. */
    @Transactional(readOnly = true)
    public RosterPreview preview(long schoolId, List<RosterRow> rows, Set<Integer> skippedLines) {
        checkCoordinator(schoolId);
        return planner(schoolId).plan(rows, skippedLines).preview();
    }

    /**
     * Writes the rows as previewed, in one transaction. If the school changed since the preview so that any row would
     * now end differently, nothing is written and {@link RosterChangedProblem} carries the new preview. progress hears
     * the number of rows written so far, out of {@link RosterPreview#toWrite()}.
     */
    public RosterImportResult confirm(long schoolId, List<RosterRow> rows, Set<Integer> skippedLines,
                                      RosterPreview previewed, IntConsumer progress) {
        checkCoordinator(schoolId);
        RosterPlanner.Plan plan = planner(schoolId).plan(rows, skippedLines);
        if (!plan.preview().statusByLine().equals(previewed.statusByLine())) {
            throw new RosterChangedProblem(plan.preview());
        }
        List<RosterPlanner.PlannedRow> writes = plan.writes();
        List<PlacedChild> placed = people.apply(schoolId, writes.stream().map(RosterPlanner.PlannedRow::change)
                .toList(), progress);
        int newPlacements = 0;
        for (int i = 0; i < writes.size(); i++) {
            Long classId = writes.get(i).newPlacementClassId();
            if (classId != null) {
                PlacedChild child = placed.get(i);
                placements.save(new Placement(schoolId, classId, child.childId(), child.familyId(), clock.instant(),
                        Placement.Source.ROSTER_IMPORT));
                newPlacements++;
            }
        }
        RosterPreview preview = plan.preview();
        Set<String> newChildren = new HashSet<>();
        writes.stream().filter(w -> w.change().childId() == null).forEach(w -> newChildren.add(w.change().newChildKey()));
        Set<Long> updatedChildren = new HashSet<>();
        writes.stream().filter(w -> w.change().childId() != null).forEach(w -> updatedChildren.add(w.change().childId()));
        return new RosterImportResult(newChildren.size(), updatedChildren.size(), newPlacements,
                (int) preview.count(RosterRowStatus.UNCHANGED), (int) preview.count(RosterRowStatus.REJECTED),
                (int) preview.count(RosterRowStatus.SKIPPED));
    }

    /**
     * The school's roster as CSV: one line per child and class (a child without a class gets one line with the class
     * empty), with the family's first guardian, headers in the given language, dates as yyyy-MM-dd.
     */
    @Transactional(readOnly = true)
    public byte[] export(long schoolId, Locale locale) {
        checkCoordinator(schoolId);
        SchoolPeopleSnapshot snapshot = people.snapshot(schoolId);
        Map<Long, String> classNames = new HashMap<>();
        classes.allClasses(schoolId).forEach(c -> classNames.put(c.id(), c.name()));
        Map<Long, Set<String>> classesByChild = new HashMap<>();
        for (Placement placement : placements.findBySchool(schoolId)) {
            classesByChild.computeIfAbsent(placement.getChildId(), k -> new TreeSet<>(org.ocaq.shared.AzText.comparator()))
                    .add(classNames.getOrDefault(placement.getClassId(), ""));
        }
        Map<Long, RosterGuardianRecord> firstGuardian = new HashMap<>();
        snapshot.guardians().forEach(g -> firstGuardian.putIfAbsent(g.familyId(), g));
        List<String> headers = java.util.Arrays.stream(RosterField.values())
                .map(f -> i18n.getTranslation(f.labelKey(), locale)).toList();
        List<List<String>> lines = new ArrayList<>();
        for (RosterChildRecord child : snapshot.children()) {
            RosterGuardianRecord guardian = firstGuardian.get(child.familyId());
            for (String className : classesByChild.getOrDefault(child.childId(), Set.of(""))) {
                lines.add(exportLine(child.form(), className, guardian));
            }
        }
        return RosterCsv.write(headers, lines);
    }

    private static List<String> exportLine(ChildForm child, String className, RosterGuardianRecord guardian) {
        Map<RosterField, String> values = new EnumMap<>(RosterField.class);
        values.put(RosterField.CHILD_FIRST_NAME, child.firstName());
        values.put(RosterField.CHILD_LAST_NAME, child.lastName());
        values.put(RosterField.PASSPORT_NAME, child.passportName());
        values.put(RosterField.DATE_OF_BIRTH, child.dateOfBirth().toString());
        values.put(RosterField.CLASS_NAME, className);
        values.put(RosterField.HOME_LANGUAGES, child.homeLanguages());
        values.put(RosterField.NOTE_FOR_TEACHERS, child.noteForTeachers());
        if (guardian != null) {
            values.put(RosterField.GUARDIAN_NAME, guardian.form().fullName());
            values.put(RosterField.GUARDIAN_EMAIL, guardian.form().email());
            values.put(RosterField.GUARDIAN_PHONE, guardian.form().phone());
            values.put(RosterField.GUARDIAN_LANGUAGE, guardian.form().preferredLanguage());
        }
        return java.util.Arrays.stream(RosterField.values()).map(f -> values.get(f) == null ? "" : values.get(f))
                .toList();
    }

    private RosterPlanner planner(long schoolId) {
        SchoolPeopleSnapshot snapshot = people.snapshot(schoolId);
        List<ClassSummary> schoolClasses = classes.allClasses(schoolId);
        Map<Long, Set<Long>> placedByChild = new HashMap<>();
        for (Placement placement : placements.findBySchool(schoolId)) {
            placedByChild.computeIfAbsent(placement.getChildId(), k -> new HashSet<>()).add(placement.getClassId());
        }
        return new RosterPlanner(snapshot, schoolClasses, placedByChild, LocalDate.now(clock));
    }

    /** Every language's header for each field, so that an exported file maps itself whoever exported it. */
    private Map<RosterField, Set<String>> exportLabels() {
        Map<RosterField, Set<String>> labels = new EnumMap<>(RosterField.class);
        for (RosterField field : RosterField.values()) {
            Set<String> names = new HashSet<>();
            Languages.SUPPORTED.forEach(locale -> names.add(i18n.getTranslation(field.labelKey(), locale)));
            labels.put(field, names);
        }
        return labels;
    }

    private static String signature(List<String> headers) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(String.join("\u001F", headers.stream().map(ColumnGuesser::normalize).toList())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkCoordinator(long schoolId) {
        access.checkChange(Owner.school(schoolId));
        access.requireAnyRole(Role.NETWORK_ADMIN, Role.COORDINATOR);
    }
}

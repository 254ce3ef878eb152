package org.ocaq.material;

import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.curriculum.CurriculumService;
import org.ocaq.enrolment.EnrolmentService;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.Owner;
import org.ocaq.security.ScopeKind;
import org.ocaq.security.SystemContext;
import org.ocaq.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Materials of lessons and of curriculum units.
 * <p>
 * A lesson's materials: the class's teachers and the coordinator attach and remove them; they, and the families with
 * a child in the class, read and download them. A unit's materials are for teaching: a teacher or coordinator keeps
 * them for their school, the network office for every school (and may share a school's material with all); only
 * staff read them. Nobody else, whatever id they try: a refused id looks like one that does not exist.
 */
@Service
@Transactional
public class MaterialService {

    /** A file to send: its name and type for the headers, and its bytes. */
    public record Download(MaterialSummary material, InputStream content) {
    }

    private final MaterialRepository materials;
    private final MaterialUploads uploads;
    private final MaterialStorage storage;
    private final TimetableService timetable;
    private final EnrolmentService enrolment;
    private final CurriculumService curriculum;
    private final AccessPolicy access;
    private final Clock clock;

    MaterialService(MaterialRepository materials, MaterialUploads uploads, MaterialStorage storage,
                    TimetableService timetable, EnrolmentService enrolment, CurriculumService curriculum,
                    AccessPolicy access, Clock clock) {
        this.materials = materials;
        this.uploads = uploads;
        this.storage = storage;
        this.timetable = timetable;
        this.enrolment = enrolment;
        this.curriculum = curriculum;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Attaches an uploaded file to a lesson, checked by its content and size as it arrives ({@link MaterialProblem}
     * if refused). If the transaction fails after the file was stored, the file is removed again.
     */
    public MaterialSummary attachToLesson(long lessonId, String fileName, InputStream content) {
        CurrentUser user = access.requireUser();
        LessonFacts lesson = timetable.lessonFacts(lessonId);
        access.checkChange(Owner.schoolClass(lesson.schoolId(), lesson.classId()));
        MaterialUploads.Accepted file = uploads.accept(fileName, content);
        removeFilesUnlessCommitted(file.storedName(), file.thumbnailName());
        return materials.save(Material.forLesson(lesson.schoolId(), lesson.classId(), lessonId, file,
                user.accountId(), clock.instant())).toSummary(true);
    }

    /** The materials of a lesson, for its class's people and the families of its children. */
    @Transactional(readOnly = true)
    public List<MaterialSummary> lessonMaterials(long lessonId) {
        LessonFacts lesson = SystemContext.call(() -> timetable.lessonFacts(lessonId));
        checkLessonReader(lesson.schoolId(), lesson.classId());
        boolean removable = access.mayChange(Owner.schoolClass(lesson.schoolId(), lesson.classId()));
        return materials.findByLessonIdOrderByUploadedAtAscIdAsc(lessonId).stream()
                .map(m -> m.toSummary(removable)).toList();
    }

    /**
     * The materials of several lessons at once (a child's journal), by lesson; one statement however many lessons.
     * Materials of classes the reader may not read are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<MaterialSummary>> materialsOfLessons(Collection<Long> lessonIds) {
        access.requireUser();
        if (lessonIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Boolean> readableClasses = new HashMap<>();
        Set<Long> familyClasses = new HashSet<>();
        boolean[] familyClassesRead = {false};
        Map<Long, List<MaterialSummary>> byLesson = new LinkedHashMap<>();
        for (Material material : materials.findByLessonIdInOrderByUploadedAtAscIdAsc(Set.copyOf(lessonIds))) {
            boolean readable = readableClasses.computeIfAbsent(material.getClassId(), classId -> {
                if (access.maySee(Owner.schoolClass(material.getSchoolId(), classId))) {
                    return true;
                }
                // The family's classes are read once for all the lessons, and only if needed.
                if (!familyClassesRead[0]) {
                    familyClasses.addAll(classesOfMyFamilies());
                    familyClassesRead[0] = true;
                }
                return familyClasses.contains(classId);
            });
            if (readable) {
                byLesson.computeIfAbsent(material.getLessonId(), id -> new java.util.ArrayList<>())
                        .add(material.toSummary(false));
            }
        }
        return byLesson;
    }

    /**
     * Attaches an uploaded file to a curriculum unit for a school the uploader teaches at or coordinates, or, with
     * schoolId null, for the whole network (network office only).
     */
    public MaterialSummary attachToUnit(long unitId, Long schoolId, String fileName, InputStream content) {
        CurrentUser user = access.requireUser();
        curriculum.requireUnit(unitId);
        if (schoolId == null ? !access.isAdmin() : !access.isAdmin() && !staffSchools(user).contains(schoolId)) {
            throw new AccessDeniedException("Not in your scope");
        }
        MaterialUploads.Accepted file = uploads.accept(fileName, content);
        removeFilesUnlessCommitted(file.storedName(), file.thumbnailName());
        return materials.save(Material.forUnit(unitId, schoolId, file, user.accountId(), clock.instant()))
                .toSummary(true);
    }

    /** The schools a person may keep unit materials for (the network office shares with all instead). */
    @Transactional(readOnly = true)
    public List<Long> unitUploadSchools() {
        return List.copyOf(staffSchools(access.requireUser()));
    }

    /** Whether the reader may put materials in front of every school (the network office). */
    @Transactional(readOnly = true)
    public boolean mayShareWithNetwork() {
        return access.isAdmin();
    }

    /**
     * A unit's materials the reader may use: the network's and their own schools' (the network office sees every
     * school's, to share the good ones). Network-wide first, then by upload time.
     */
    @Transactional(readOnly = true)
    public List<MaterialSummary> unitMaterials(long unitId) {
        CurrentUser user = access.requireUser();
        curriculum.requireUnit(unitId);
        Set<Long> schools = staffSchools(user);
        return materials.findByUnitIdOrderByUploadedAtAscIdAsc(unitId).stream()
                .filter(m -> mayReadUnitMaterial(user, schools, m.getSchoolId()))
                .sorted(java.util.Comparator.comparing((Material m) -> m.getSchoolId() != null))
                .map(m -> m.toSummary(mayRemoveUnitMaterial(user, schools, m)))
                .toList();
    }

    /** The network office shares a school's unit material with every school. */
    public MaterialSummary shareWithNetwork(long materialId) {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("Network office only");
        }
        Material material = materials.findById(materialId).filter(m -> m.getUnitId() != null)
                .orElseThrow(() -> new AccessDeniedException("Not found"));
        material.shareWithNetwork();
        return material.toSummary(true);
    }

    /**
     * Removes a material and, once that is committed, its files. A lesson's: whoever may change the class. A
     * unit's: the network office, the school's coordinator, or the person who uploaded it.
     */
    public void remove(long materialId) {
        CurrentUser user = access.requireUser();
        Material material = materials.findById(materialId).orElseThrow(() -> new AccessDeniedException("Not found"));
        boolean allowed = material.getClassId() != null
                ? access.mayChange(Owner.schoolClass(material.getSchoolId(), material.getClassId()))
                : mayRemoveUnitMaterial(user, staffSchools(user), material);
        if (!allowed) {
            throw new AccessDeniedException("Not in your scope");
        }
        materials.delete(material);
        removeFilesOnCommit(material.getStoredName(), material.getThumbnailName());
    }

    /** A material's bytes, for the same people; a guessed id gets the same refusal whether or not it exists. */
    @Transactional(readOnly = true)
    public Download download(long materialId) {
        Material material = readable(materialId);
        return new Download(material.toSummary(false), open(material.getStoredName()));
    }

    /** The small picture of an image material; a refusal if there is none or the reader may not read it. */
    @Transactional(readOnly = true)
    public InputStream thumbnail(long materialId) {
        Material material = readable(materialId);
        if (material.getThumbnailName() == null) {
            throw new AccessDeniedException("No thumbnail");
        }
        return open(material.getThumbnailName());
    }

    private Material readable(long materialId) {
        Material material = materials.findById(materialId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        boolean readable = material.getClassId() != null
                ? mayReadLesson(material.getSchoolId(), material.getClassId())
                : mayReadUnitMaterial(access.requireUser(), staffSchools(access.requireUser()), material.getSchoolId());
        if (!readable) {
            throw new AccessDeniedException("Not in your scope");
        }
        return material;
    }

    private InputStream open(String storedName) {
        try {
            return storage.open(storedName);
        } catch (IOException e) {
            throw new UncheckedIOException("Material file missing", e);
        }
    }

    private void checkLessonReader(long schoolId, long classId) {
        if (!mayReadLesson(schoolId, classId)) {
            throw new AccessDeniedException("Not in your scope");
        }
    }

    private boolean mayReadLesson(long schoolId, long classId) {
        return access.maySee(Owner.schoolClass(schoolId, classId)) || classesOfMyFamilies().contains(classId);
    }

    /** The classes a parent's children sit in: a parent reads those classes' lesson materials. */
    private Set<Long> classesOfMyFamilies() {
        Set<Long> classes = new HashSet<>();
        for (long familyId : access.requireUser().scope(ScopeKind.FAMILY)) {
            classes.addAll(enrolment.classIdsOfFamily(familyId));
        }
        return classes;
    }

    private boolean mayReadUnitMaterial(CurrentUser user, Set<Long> staffSchools, Long schoolId) {
        if (access.isAdmin()) {
            return true;
        }
        if (!user.has(Role.TEACHER) && !user.has(Role.COORDINATOR)) {
            return false;
        }
        return schoolId == null || staffSchools.contains(schoolId);
    }

    private boolean mayRemoveUnitMaterial(CurrentUser user, Set<Long> staffSchools, Material material) {
        if (access.isAdmin()) {
            return true;
        }
        Long schoolId = material.getSchoolId();
        return schoolId != null && (user.inScope(ScopeKind.COORDINATED_SCHOOL, schoolId)
                || material.getUploadedBy() == user.accountId() && staffSchools.contains(schoolId));
    }

    private static Set<Long> staffSchools(CurrentUser user) {
        Set<Long> schools = new TreeSet<>(user.scope(ScopeKind.COORDINATED_SCHOOL));
        schools.addAll(user.scope(ScopeKind.TEACHING_SCHOOL));
        return schools;
    }

    private void removeFilesUnlessCommitted(String... storedNames) {
        deleteAfterCompletion(false, storedNames);
    }

    private void removeFilesOnCommit(String... storedNames) {
        deleteAfterCompletion(true, storedNames);
    }

    /** Deletes the files once the transaction has ended: if it committed (onCommit), or if it did not. */
    private void deleteAfterCompletion(boolean onCommit, String... storedNames) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if ((status == STATUS_COMMITTED) == onCommit) {
                    deleteQuietly(storedNames);
                }
            }
        });
    }

    private void deleteQuietly(String... storedNames) {
        Stream.of(storedNames).filter(java.util.Objects::nonNull).forEach(name -> {
            try {
                storage.delete(name);
            } catch (IOException | RuntimeException e) {
                // Left for a clean-up; no row points at it.
            }
        });
    }
}

package org.ocaq.material;

import org.ocaq.classes.LessonFacts;
import org.ocaq.classes.TimetableService;
import org.ocaq.enrolment.EnrolmentService;
import org.ocaq.security.AccessPolicy;
import org.ocaq.security.CurrentUser;
import org.ocaq.security.Owner;
import org.ocaq.security.ScopeKind;
import org.ocaq.security.SystemContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Materials of lessons: the class's teachers and the coordinator attach them; they, and the families with a child
 * in the class, read and download them. Nobody else, whatever id they try.
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
    private final AccessPolicy access;
    private final Clock clock;

    MaterialService(MaterialRepository materials, MaterialUploads uploads, MaterialStorage storage,
                    TimetableService timetable, EnrolmentService enrolment, AccessPolicy access, Clock clock) {
        this.materials = materials;
        this.uploads = uploads;
        this.storage = storage;
        this.timetable = timetable;
        this.enrolment = enrolment;
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
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(file.storedName());
                }
            }
        });
        return materials.save(Material.forLesson(lesson.schoolId(), lesson.classId(), lessonId, file,
                user.accountId(), clock.instant())).toSummary();
    }

    /** The materials of a lesson, for its class's people and the families of its children. */
    @Transactional(readOnly = true)
    public List<MaterialSummary> lessonMaterials(long lessonId) {
        LessonFacts lesson = SystemContext.call(() -> timetable.lessonFacts(lessonId));
        checkReader(lesson.schoolId(), lesson.classId());
        return materials.findByLessonIdOrderByUploadedAtAscIdAsc(lessonId).stream().map(Material::toSummary).toList();
    }

    /** A material's bytes, for the same people; a guessed id gets the same refusal whether or not it exists. */
    @Transactional(readOnly = true)
    public Download download(long materialId) {
        Material material = materials.findById(materialId)
                .orElseThrow(() -> new AccessDeniedException("Not in your scope"));
        if (material.getClassId() != null) {
            checkReader(material.getSchoolId(), material.getClassId());
        } else {
            access.requireUser();
        }
        try {
            return new Download(material.toSummary(), storage.open(material.getStoredName()));
        } catch (IOException e) {
            throw new UncheckedIOException("Material file missing", e);
        }
    }

    private void checkReader(long schoolId, long classId) {
        if (access.maySee(Owner.schoolClass(schoolId, classId))) {
            return;
        }
        CurrentUser user = access.requireUser();
        // A parent reads the materials of the classes their children sit in.
        for (long familyId : user.scope(ScopeKind.FAMILY)) {
            if (enrolment.classIdsOfFamily(familyId).contains(classId)) {
                return;
            }
        }
        throw new AccessDeniedException("Not in your scope");
    }

    private void deleteQuietly(String storedName) {
        try {
            storage.delete(storedName);
        } catch (IOException | RuntimeException e) {
            // Left for a clean-up; the row that would point at it was never written.
        }
    }
}

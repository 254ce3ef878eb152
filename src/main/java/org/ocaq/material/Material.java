package org.ocaq.material;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A material file: attached to a lesson of a class, or to a curriculum unit for a school (or, without a school, for
 * the whole network). An image also has a small picture the server made of it.
 */
@Entity
@Table(name = "material")
class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_seq")
    @SequenceGenerator(name = "material_seq", sequenceName = "material_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long schoolId;
    private Long classId;
    private Long lessonId;
    private Long unitId;
    private String storedName;
    private String thumbnailName;
    private String fileName;
    private String contentType;

    @Enumerated(EnumType.STRING)
    private MaterialKind kind;

    private long sizeBytes;
    private long uploadedBy;
    private Instant uploadedAt;

    protected Material() {
    }

    static Material forLesson(long schoolId, long classId, long lessonId, MaterialUploads.Accepted file,
                              long byAccount, Instant at) {
        Material material = of(file, byAccount, at);
        material.schoolId = schoolId;
        material.classId = classId;
        material.lessonId = lessonId;
        return material;
    }

    /** A unit's material for one school, or for every school when schoolId is null. */
    static Material forUnit(long unitId, Long schoolId, MaterialUploads.Accepted file, long byAccount, Instant at) {
        Material material = of(file, byAccount, at);
        material.schoolId = schoolId;
        material.unitId = unitId;
        return material;
    }

    private static Material of(MaterialUploads.Accepted file, long byAccount, Instant at) {
        Material material = new Material();
        material.storedName = file.storedName();
        material.thumbnailName = file.thumbnailName();
        material.fileName = file.fileName();
        material.contentType = file.contentType();
        material.kind = file.kind();
        material.sizeBytes = file.size();
        material.uploadedBy = byAccount;
        material.uploadedAt = at;
        return material;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getClassId() {
        return classId;
    }

    Long getLessonId() {
        return lessonId;
    }

    Long getUnitId() {
        return unitId;
    }

    long getUploadedBy() {
        return uploadedBy;
    }

    String getThumbnailName() {
        return thumbnailName;
    }

    /** The network office shares a school's unit material with every school. */
    void shareWithNetwork() {
        if (unitId == null) {
            throw new IllegalStateException("Only a unit's materials are shared with the network");
        }
        schoolId = null;
    }

    String getStoredName() {
        return storedName;
    }

    MaterialSummary toSummary(boolean removable) {
        return new MaterialSummary(id, lessonId, unitId, schoolId, fileName, contentType, kind, sizeBytes, uploadedAt,
                thumbnailName != null, removable);
    }
}

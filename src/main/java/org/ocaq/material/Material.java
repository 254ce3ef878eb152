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

/** A material file attached to a lesson. */
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
    private String storedName;
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
        Material material = new Material();
        material.schoolId = schoolId;
        material.classId = classId;
        material.lessonId = lessonId;
        material.storedName = file.storedName();
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

    String getStoredName() {
        return storedName;
    }

    MaterialSummary toSummary() {
        return new MaterialSummary(id, lessonId, fileName, contentType, kind, sizeBytes, uploadedAt);
    }
}

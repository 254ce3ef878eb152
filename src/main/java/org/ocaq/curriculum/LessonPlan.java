package org.ocaq.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A lesson plan of a unit; what it teaches is kept as one JSON document ({@link PlanContent}). */
@Entity
@Table(name = "lesson_plan")
class LessonPlan extends CurriculumItem {

    private long unitId;
    private int position;
    private String titleAz;
    private String titleEn;
    private String titleRu;
    private int durationMinutes;
    private Integer ageFrom;
    private Integer ageTo;
    private String content;
    private String searchText;

    protected LessonPlan() {
    }

    LessonPlan(String slug) {
        super(slug);
    }

    void load(CurriculumFiles.Plan file, long unitId, int position, String contentJson, Instant at) {
        this.unitId = unitId;
        this.position = position;
        this.titleAz = file.title().az();
        this.titleEn = file.title().en();
        this.titleRu = file.title().ru();
        this.durationMinutes = file.durationMinutes();
        this.ageFrom = file.ageFrom();
        this.ageTo = file.ageTo();
        this.content = contentJson;
        // Titles and vocabulary in every language, lower-cased the Azerbaijani way (İ → i, I → ı).
        String words = Stream.concat(Stream.of(file.title()), file.vocabulary().stream())
                .flatMap(t -> Stream.of(t.az(), t.en(), t.ru())).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" | "));
        this.searchText = truncate(words.toLowerCase(Locale.forLanguageTag("az")), 8000);
        loaded(at);
    }

    long getUnitId() {
        return unitId;
    }

    String getContent() {
        return content;
    }

    PlanSummary toSummary() {
        return new PlanSummary(getId(), getSlug(), unitId, position, new LocalizedText(titleAz, titleEn, titleRu),
                durationMinutes, ageFrom, ageTo, isRetired());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

}

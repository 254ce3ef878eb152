package org.ocaq.curriculum;

import java.util.List;

/** What a lesson plan teaches and how: its objectives, words with their glosses, activities and homework ideas. */
public record PlanContent(List<LocalizedText> objectives, List<LocalizedText> vocabulary,
                          List<LocalizedText> activities, List<LocalizedText> homework) {
}

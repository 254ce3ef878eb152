package org.ocaq.school;

import org.ocaq.shared.SchoolNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Schools' public names for the security feature, which must not depend on this one (it is below it). */
@Component
class SchoolNamesFromDirectory implements SchoolNames {

    private final SchoolRepository schools;

    SchoolNamesFromDirectory(SchoolRepository schools) {
        this.schools = schools;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> schoolNames(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        return schools.findAllById(schoolIds).stream().collect(Collectors.toMap(School::getId, School::getName));
    }
}

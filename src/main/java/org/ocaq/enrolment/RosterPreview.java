package org.ocaq.enrolment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every row of a roster file with what confirming would do with it. Nothing is written while previewing. */
public record RosterPreview(List<RosterRowResult> rows) {

    public long count(RosterRowStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** The rows that confirming would write. */
    public long toWrite() {
        return count(RosterRowStatus.NEW) + count(RosterRowStatus.UPDATED);
    }

    public Map<Integer, RosterRowStatus> statusByLine() {
        return rows.stream().collect(Collectors.toMap(r -> r.row().lineNumber(), RosterRowResult::status,
                (a, b) -> b));
    }

    public RosterRowResult row(int lineNumber) {
        return rows.stream().filter(r -> r.row().lineNumber() == lineNumber).findFirst().orElseThrow();
    }
}

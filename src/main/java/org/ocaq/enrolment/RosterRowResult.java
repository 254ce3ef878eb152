package org.ocaq.enrolment;

import java.util.List;
import java.util.Set;

/**
 * A row of the preview: its status, the problems of a rejected row, and for an updated row the fields that would
 * change (CLASS_NAME meaning a new place in a class).
 */
public record RosterRowResult(RosterRow row, RosterRowStatus status, List<RowProblem> problems,
                              Set<RosterField> changes) {
}

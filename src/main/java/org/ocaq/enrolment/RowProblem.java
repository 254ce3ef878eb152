package org.ocaq.enrolment;

/** A reason a row is rejected, the field to fix, and a detail for the message (a value, a line, a capacity). */
public record RowProblem(RosterProblem problem, RosterField field, String detail) {
}

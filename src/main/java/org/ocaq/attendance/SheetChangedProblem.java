package org.ocaq.attendance;

import org.ocaq.shared.LocalizedProblem;

/**
 * Someone else saved the same sheet (or a family reported an absence on it) since it was opened. Nothing was
 * written; the sheet must be opened again, and the view keeps what the teacher entered to apply it on top.
 */
public class SheetChangedProblem extends LocalizedProblem {

    public SheetChangedProblem() {
        super("attendance.sheet.changed-by-someone-else");
    }
}

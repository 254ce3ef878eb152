package org.ocaq.enrolment;

/**
 * The school's data changed between the preview and the confirmation (someone else imported or placed children),
 * so the import would not do what the coordinator saw. Nothing was written; the new preview shows what it would do.
 */
public class RosterChangedProblem extends RuntimeException {

    private final transient RosterPreview newPreview;

    public RosterChangedProblem(RosterPreview newPreview) {
        super("The roster preview is out of date");
        this.newPreview = newPreview;
    }

    public RosterPreview newPreview() {
        return newPreview;
    }
}

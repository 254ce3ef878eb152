package org.ocaq.enrolment;

import org.ocaq.shared.LocalizedProblem;

/** A file that cannot be read as a roster at all, with the reason in the coordinator's language. */
public class RosterFileProblem extends LocalizedProblem {

    public RosterFileProblem(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}

package org.ocaq.enrolment;

import org.ocaq.shared.LocalizedProblem;

/** An application or a decision that cannot be made, with the reason to show. */
public class ApplicationRefused extends LocalizedProblem {

    public ApplicationRefused(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}

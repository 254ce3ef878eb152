package org.ocaq.enrolment;

/** A file that cannot be read as a roster at all; messageKey says why in the coordinator's language. */
public class RosterFileProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] parameters;

    public RosterFileProblem(String messageKey, Object... parameters) {
        super(messageKey);
        this.messageKey = messageKey;
        this.parameters = parameters;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}

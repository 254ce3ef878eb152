package org.ocaq.shared;

/**
 * Something the user asked for that cannot be done, with the reason to show them: an i18n key and its parameters,
 * translated by the view in the reader's language.
 */
public abstract class LocalizedProblem extends RuntimeException {

    private final String messageKey;
    private final transient Object[] parameters;

    protected LocalizedProblem(String messageKey, Object... parameters) {
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

package org.ocaq.enrolment;

/** What a column of a roster spreadsheet can hold. Each field's label is the i18n key enrolment.roster.field.x. */
public enum RosterField {
    CHILD_FIRST_NAME(true),
    CHILD_LAST_NAME(true),
    PASSPORT_NAME(false),
    DATE_OF_BIRTH(true),
    CLASS_NAME(false),
    GUARDIAN_NAME(true),
    GUARDIAN_EMAIL(false),
    GUARDIAN_PHONE(false),
    GUARDIAN_LANGUAGE(false),
    HOME_LANGUAGES(false),
    NOTE_FOR_TEACHERS(false);

    private final boolean required;

    RosterField(boolean required) {
        this.required = required;
    }

    /** A file without a column for a required field cannot be imported. */
    public boolean required() {
        return required;
    }

    public String labelKey() {
        return "enrolment.roster.field." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

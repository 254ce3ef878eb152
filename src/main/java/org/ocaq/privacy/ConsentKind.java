package org.ocaq.privacy;

/**
 * What a guardian consents to. The wording lives in the i18n bundles (privacy.consent.x.text); textVersion names
 * the wording agreed to and changes whenever the wording's meaning changes.
 */
public enum ConsentKind {
    /** Needed before a child can be enrolled; withdrawing it means erasure, which the privacy office handles. */
    DATA_PROCESSING("2026-11", true, false),
    /** Photos of the child in the school's own channels; optional and withdrawable at any time. */
    PHOTOS("2026-11", false, true);

    private final String textVersion;
    private final boolean required;
    private final boolean withdrawable;

    ConsentKind(String textVersion, boolean required, boolean withdrawable) {
        this.textVersion = textVersion;
        this.required = required;
        this.withdrawable = withdrawable;
    }

    public String textVersion() {
        return textVersion;
    }

    public boolean required() {
        return required;
    }

    public boolean withdrawable() {
        return withdrawable;
    }

    public String textKey() {
        return "privacy.consent." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".text";
    }
}

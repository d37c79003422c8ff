package be.classeur.retention.domain;

import be.classeur.kernel.Labelled;

/** The day a retention period counts from. */
public enum RetentionAnchor implements Labelled {
    /** The person's last contact (a trainer's end of collaboration is a contact); the record's creation when none. */
    LAST_CONTACT,
    /** The closing of a rights request. */
    REQUEST_CLOSED,
    /** The event itself (audit log). */
    EVENT,
    /** The end of the financial year (accounting traces, once fees exist). */
    FINANCIAL_YEAR_END;

    @Override
    public String labelKey() {
        return "retention.anchor." + name();
    }
}

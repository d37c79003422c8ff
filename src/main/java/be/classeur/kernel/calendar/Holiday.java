package be.classeur.kernel.calendar;

import be.classeur.kernel.Labelled;

/** The ten national public holidays of Belgium, in calendar order. */
public enum Holiday implements Labelled {
    NEW_YEAR,
    EASTER_MONDAY,
    LABOUR_DAY,
    ASCENSION,
    WHIT_MONDAY,
    NATIONAL_DAY,
    ASSUMPTION,
    ALL_SAINTS,
    ARMISTICE,
    CHRISTMAS;

    /** Translation key of the holiday's name, e.g. "kernel.holiday.EASTER_MONDAY". */
    @Override
    public String labelKey() {
        return "kernel.holiday." + name();
    }
}

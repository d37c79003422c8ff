package be.classeur.kernel.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One Belgian public holiday of a given year: the day and which holiday it is. */
public record PublicHoliday(LocalDate date, Holiday holiday) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holiday, "holiday");
    }
}

package be.classeur.ui.components;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Belgian conventions: dates dd/MM/yyyy, weeks starting on Monday. */
public final class Formats {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A date picker that shows and parses dd/MM/yyyy and starts weeks on Monday, in the UI's language. */
    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "yyyy-MM-dd");
        i18n.setFirstDayOfWeek(DayOfWeek.MONDAY.getValue() % 7);
        picker.setI18n(i18n);
        return picker;
    }

}

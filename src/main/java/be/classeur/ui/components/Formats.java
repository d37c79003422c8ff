package be.classeur.ui.components;

import be.classeur.kernel.DisplayFormats;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.UI;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Belgian conventions: dates dd/MM/yyyy, weeks starting on Monday. */
public final class Formats {
    public static final DateTimeFormatter DATE = DisplayFormats.DATE;
    public static final DateTimeFormatter DATE_TIME = DisplayFormats.DATE_TIME;

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A date picker that shows and parses dd/MM/yyyy, starts weeks on Monday and names months in the UI's language. */
    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.FRENCH : ui.getLocale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(DisplayFormats.DATE_PATTERN, "d/M/yyyy", "dd.MM.yyyy", "yyyy-MM-dd");
        i18n.setFirstDayOfWeek(DayOfWeek.MONDAY.getValue() % 7);
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        // DateFormatSymbols lists weekdays from index 1 (Sunday), as the date picker expects them.
        i18n.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        if (ui != null) {
            i18n.setToday(ui.getTranslation("ui.datePicker.today"));
            i18n.setCancel(ui.getTranslation("ui.action.cancel"));
        }
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }

}

package be.classeur.timetable.ui;

import be.classeur.ui.components.CurrentUser;
import be.classeur.kernel.Roles;
import be.classeur.timetable.SessionRow;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Small helpers the timetable views share. */
final class TimetableViews {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TimetableViews() {
    }

    /** Whether to show write actions; the services check again on their own. */
    static boolean canWrite() {
        return CurrentUser.hasRole(Roles.ADMIN);
    }

    /** Whether the timetable may be read at all (administrators and the privacy officer). */
    static boolean canRead() {
        return CurrentUser.hasAnyRole(Roles.ADMIN, Roles.PRIVACY_OFFICER);
    }

    /** Marks an empty required date invalid; true when it has a value. */
    static boolean present(com.vaadin.flow.component.datepicker.DatePicker field) {
        field.setInvalid(field.isEmpty());
        field.setErrorMessage(field.isEmpty() ? t("validation.required") : null);
        return !field.isEmpty();
    }

    /** Marks an empty required time invalid; true when it has a value. */
    static boolean present(com.vaadin.flow.component.timepicker.TimePicker field) {
        field.setInvalid(field.isEmpty());
        field.setErrorMessage(field.isEmpty() ? t("validation.required") : null);
        return !field.isEmpty();
    }

    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    static String times(SessionRow row) {
        return time(row.startsAt()) + "–" + time(row.endsAt());
    }

    /** "lundi 23/11/2026" in the UI's language. */
    static String dayLabel(LocalDate day) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.FRENCH : ui.getLocale();
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + " " + Formats.date(day);
    }

    /** "lundi" in the UI's language. */
    static String weekday(java.time.DayOfWeek day) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.FRENCH : ui.getLocale();
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** "Groupe A · 23/11/2026 14:00–15:30 · B12", for clash lists. */
    static String describe(SessionRow row) {
        return Formats.date(row.day()) + " " + times(row) + (row.room() == null ? "" : " · " + row.room());
    }
}

package be.classeur.kernel.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The ten national public holidays of Belgium: 1 January, Easter Monday, 1 May, Ascension (Easter
 * + 39 days), Whit Monday (Easter + 50 days), 21 July, 15 August, 1 November, 11 November and
 * 25 December.
 *
 * <p>Community days are deliberately <em>not</em> listed: 27 September (Fédération
 * Wallonie-Bruxelles), 11 July (Flemish community) and 15 November (German-speaking community) are
 * school and civil-service holidays in their own community only. They are not national public
 * holidays, so they neither close the country nor move a legal deadline (EU Regulation 1182/71
 * counts the public holidays of the Member State). School-calendar days belong to the school
 * calendar, not here.
 */
public final class BelgianPublicHolidays {

    private static final Map<Integer, List<PublicHoliday>> CACHE = new ConcurrentHashMap<>();

    private BelgianPublicHolidays() {
    }

    /**
     * Easter Sunday of the given Gregorian year, by the anonymous Gregorian algorithm
     * (Meeus/Jones/Butcher).
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The ten Belgian public holidays of the year, in date order. */
    public static List<PublicHoliday> of(int year) {
        return CACHE.computeIfAbsent(year, BelgianPublicHolidays::compute);
    }

    /** Whether the day is a Belgian national public holiday. */
    public static boolean isPublicHoliday(LocalDate date) {
        return holidayOn(date).isPresent();
    }

    /** The Belgian public holiday falling on that day, if any. */
    public static Optional<PublicHoliday> holidayOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return of(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    private static List<PublicHoliday> compute(int year) {
        LocalDate easter = easterSunday(year);
        return Stream.of(
                        new PublicHoliday(LocalDate.of(year, Month.JANUARY, 1), Holiday.NEW_YEAR),
                        new PublicHoliday(easter.plusDays(1), Holiday.EASTER_MONDAY),
                        new PublicHoliday(LocalDate.of(year, Month.MAY, 1), Holiday.LABOUR_DAY),
                        new PublicHoliday(easter.plusDays(39), Holiday.ASCENSION),
                        new PublicHoliday(easter.plusDays(50), Holiday.WHIT_MONDAY),
                        new PublicHoliday(LocalDate.of(year, Month.JULY, 21), Holiday.NATIONAL_DAY),
                        new PublicHoliday(LocalDate.of(year, Month.AUGUST, 15), Holiday.ASSUMPTION),
                        new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 1), Holiday.ALL_SAINTS),
                        new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 11), Holiday.ARMISTICE),
                        new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 25), Holiday.CHRISTMAS))
                // Ascension can fall on 1 May (e.g. 2008); keep both entries, ordered by date.
                .sorted(Comparator.comparing(PublicHoliday::date))
                .toList();
    }
}

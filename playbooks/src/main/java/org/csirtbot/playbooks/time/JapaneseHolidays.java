package org.csirtbot.playbooks.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japanese national holidays (国民の祝日に関する法律) as in force since 2022, with substitute holidays (振替休日) and
 * the day between two holidays (国民の休日). Equinox days use the usual approximation, valid 1980–2099. The
 * one-off moves of 2019–2021 are not modelled: add such days to the calendar's own list.
 */
public final class JapaneseHolidays {

    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private JapaneseHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        return inYear(date.getYear()).contains(date);
    }

    public static Set<LocalDate> inYear(int year) {
        return BY_YEAR.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));
        days.add(monday(year, Month.JANUARY, 2));
        days.add(LocalDate.of(year, 2, 11));
        days.add(LocalDate.of(year, 2, 23));
        days.add(LocalDate.of(year, 3, equinox(year, 20.8431)));
        days.add(LocalDate.of(year, 4, 29));
        days.add(LocalDate.of(year, 5, 3));
        days.add(LocalDate.of(year, 5, 4));
        days.add(LocalDate.of(year, 5, 5));
        days.add(monday(year, Month.JULY, 3));
        days.add(LocalDate.of(year, 8, 11));
        days.add(monday(year, Month.SEPTEMBER, 3));
        days.add(LocalDate.of(year, 9, equinox(year, 23.2488)));
        days.add(monday(year, Month.OCTOBER, 2));
        days.add(LocalDate.of(year, 11, 3));
        days.add(LocalDate.of(year, 11, 23));
        addDaysBetweenHolidays(days);
        addSubstitutes(days);
        return Set.copyOf(days);
    }

    private static LocalDate monday(int year, Month month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
    }

    private static int equinox(int year, double base) {
        return (int) Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    /** A weekday squeezed between two holidays is a holiday too (happens in September). */
    private static void addDaysBetweenHolidays(TreeSet<LocalDate> days) {
        for (LocalDate day : Set.copyOf(days)) {
            LocalDate between = day.plusDays(1);
            if (days.contains(between.plusDays(1)) && !days.contains(between)
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(between);
            }
        }
    }

    /** A holiday on a Sunday moves the rest to the next day that is not a holiday. */
    private static void addSubstitutes(TreeSet<LocalDate> days) {
        for (LocalDate day : Set.copyOf(days)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (days.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.add(substitute);
            }
        }
    }
}

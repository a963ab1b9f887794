package org.csirtbot.playbooks.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Counts deadlines in calendar time or in business days. A business-day count moves the whole days of the
 * amount forward one business day at a time, keeping the time of day (Friday 10:00 + 1 business day = Monday
 * 10:00), then adds the hours and minutes as they are.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;
    private final boolean japaneseHolidays;

    private BusinessCalendar(ZoneId zone, Set<DayOfWeek> weekend, Collection<LocalDate> holidays, boolean japanese) {
        this.zone = zone;
        this.weekend = EnumSet.copyOf(weekend);
        this.holidays = Set.copyOf(holidays);
        this.japaneseHolidays = japanese;
    }

    /** Saturday and Sunday off, plus the given holidays (e.g. a company's year-end days). */
    public static BusinessCalendar of(ZoneId zone, Collection<LocalDate> holidays) {
        return new BusinessCalendar(zone, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays, false);
    }

    /** Asia/Tokyo, weekends, Japanese national holidays ({@link JapaneseHolidays}) and the extra days given. */
    public static BusinessCalendar japan(Collection<LocalDate> extraHolidays) {
        return new BusinessCalendar(ZoneId.of("Asia/Tokyo"), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                extraHolidays, true);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isBusinessDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date)
                && !(japaneseHolidays && JapaneseHolidays.isHoliday(date));
    }

    /** {@code start} + {@code amount}, counting whole days as business days when {@code businessDays}. */
    public Instant plus(Instant start, Duration amount, boolean businessDays) {
        if (!businessDays) {
            return start.plus(amount);
        }
        ZonedDateTime at = start.atZone(zone);
        for (long day = 0; day < amount.toDays(); day++) {
            do {
                at = at.plusDays(1);
            } while (!isBusinessDay(at.toLocalDate()));
        }
        return at.toInstant().plus(amount.minusDays(amount.toDays()));
    }
}

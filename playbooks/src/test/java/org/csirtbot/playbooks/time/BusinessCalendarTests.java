package org.csirtbot.playbooks.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    final BusinessCalendar japan = BusinessCalendar.japan(List.of(LocalDate.of(2025, 12, 29)));

    @Test
    void businessDaysSkipTheWeekendAndKeepTheTimeOfDay() {
        var friday = OffsetDateTime.parse("2025-06-06T10:00:00+09:00").toInstant();

        assertThat(japan.plus(friday, Duration.ofDays(1), true)).isEqualTo(OffsetDateTime.parse("2025-06-09T10:00:00+09:00").toInstant());
        assertThat(japan.plus(friday, Duration.parse("P1DT2H"), true)).isEqualTo(OffsetDateTime.parse("2025-06-09T12:00:00+09:00").toInstant());
        assertThat(japan.plus(friday, Duration.ofDays(1), false)).isEqualTo(OffsetDateTime.parse("2025-06-07T10:00:00+09:00").toInstant());
    }

    @Test
    void businessDaysSkipAWeekendAndAHolidayTogether() {
        var fridayBeforeShowaDay = OffsetDateTime.parse("2025-04-25T09:00:00+09:00").toInstant();

        // Mon 28 counts, Tue 29 (昭和の日) does not, Wed 30 is the second business day
        assertThat(japan.plus(fridayBeforeShowaDay, Duration.ofDays(2), true))
                .isEqualTo(OffsetDateTime.parse("2025-04-30T09:00:00+09:00").toInstant());
    }

    @Test
    void theCalendarsOwnHolidaysCountToo() {
        var friday = OffsetDateTime.parse("2025-12-26T18:00:00+09:00").toInstant();

        assertThat(japan.isBusinessDay(LocalDate.of(2025, 12, 29))).isFalse();
        assertThat(japan.plus(friday, Duration.ofDays(1), true)).isEqualTo(OffsetDateTime.parse("2025-12-30T18:00:00+09:00").toInstant());
    }

    @Test
    void aPlainCalendarHasWeekendsAndTheGivenHolidaysOnly() {
        BusinessCalendar utc = BusinessCalendar.of(ZoneId.of("UTC"), List.of(LocalDate.of(2025, 4, 29)));

        assertThat(utc.isBusinessDay(LocalDate.of(2025, 4, 29))).isFalse();
        assertThat(utc.isBusinessDay(LocalDate.of(2025, 5, 5))).isTrue();
        assertThat(utc.isBusinessDay(LocalDate.of(2025, 5, 3))).isFalse();
    }

    @Test
    void japaneseHolidaysOf2025IncludeEquinoxesHappyMondaysAndSubstitutes() {
        assertThat(JapaneseHolidays.inYear(2025)).contains(
                LocalDate.of(2025, 1, 13),  // 成人の日
                LocalDate.of(2025, 2, 24),  // 振替休日 (天皇誕生日 on a Sunday)
                LocalDate.of(2025, 3, 20),  // 春分の日
                LocalDate.of(2025, 5, 6),   // 振替休日 (みどりの日 on a Sunday)
                LocalDate.of(2025, 7, 21),  // 海の日
                LocalDate.of(2025, 9, 15),  // 敬老の日
                LocalDate.of(2025, 9, 23),  // 秋分の日
                LocalDate.of(2025, 10, 13), // スポーツの日
                LocalDate.of(2025, 11, 24)) // 振替休日 (勤労感謝の日 on a Sunday)
                .hasSize(19);
    }

    @Test
    void aDaySqueezedBetweenTwoHolidaysIsAHoliday() {
        // 2026: 敬老の日 Mon 21 Sep, 秋分の日 Wed 23 Sep, so Tue 22 is 国民の休日
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 9, 22))).isTrue();
    }
}

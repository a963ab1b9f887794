package org.csirtbot.metrics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.csirtbot.improvements.Improvement;
import org.csirtbot.improvements.ImprovementStatus;

/**
 * Whether the improvement register's items were closed on time (CSF 2.0 ID.IM): of the items due in the period
 * ({@code due}, exercise items and dropped items left out), those done on or before their due day
 * ({@code doneOnTime}; the day they were marked done, in the organisation's time zone), those done after it
 * ({@code doneLate}), and those still owed after their due day ({@code overdue}). Items due today or later and still
 * owed are not judged yet. {@code onTimeShare} is {@code doneOnTime} over the items judged (done, or overdue), null
 * when none was; {@code overdueNow} counts every register item owed past its due day today, whatever the period.
 * Pure.
 */
public record ImprovementMetrics(int due, int doneOnTime, int doneLate, int overdue, Double onTimeShare,
                                 int overdueNow) {

    static ImprovementMetrics of(Collection<Improvement> register, LocalDate from, LocalDate to, LocalDate today,
                                 ZoneId zone) {
        List<Improvement> real = register.stream().filter(i -> !i.exercise() && i.dueOn() != null).toList();
        List<Improvement> due = real.stream().filter(i -> i.status() != ImprovementStatus.DROPPED
                && !i.dueOn().isBefore(from) && !i.dueOn().isAfter(to)).toList();
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        for (Improvement item : due) {
            if (item.status() == ImprovementStatus.DONE) {
                boolean inTime = item.changedAt() == null
                        || !item.changedAt().atZone(zone).toLocalDate().isAfter(item.dueOn());
                onTime += inTime ? 1 : 0;
                late += inTime ? 0 : 1;
            } else if (item.overdueOn(today)) {
                overdue++;
            }
        }
        int judged = onTime + late + overdue;
        return new ImprovementMetrics(due.size(), onTime, late, overdue, judged == 0 ? null : (double) onTime / judged,
                (int) real.stream().filter(i -> i.overdueOn(today)).count());
    }
}

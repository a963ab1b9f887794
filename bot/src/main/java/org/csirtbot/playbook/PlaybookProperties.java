package org.csirtbot.playbook;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where playbooks come from and how often time is checked.
 *
 * @param playbooksDir            a directory of playbooks ({@code *.yaml}, {@code *.yml}) added to the built-ins,
 *                                replacing a built-in with the same ID ({@code CSIRTBOT_PLAYBOOKS_DIR}); unset, the
 *                                built-ins alone
 * @param playbooksReloadInterval how often the playbooks are read again, so a changed file takes effect
 *                                ({@code CSIRTBOT_PLAYBOOKS_RELOAD_INTERVAL})
 * @param playbookCheckInterval   how often running playbooks are checked for steps past their due time, reminders and
 *                                clock deadlines ({@code CSIRTBOT_PLAYBOOK_CHECK_INTERVAL})
 * @param businessHolidays        days off besides weekends and Japanese national holidays, as ISO dates such as
 *                                {@code 2025-12-29}, for deadlines counted in business days
 *                                ({@code CSIRTBOT_BUSINESS_HOLIDAYS}, comma-separated)
 */
@ConfigurationProperties("csirtbot")
public record PlaybookProperties(
        String playbooksDir,
        @DefaultValue("30s") Duration playbooksReloadInterval,
        @DefaultValue("1m") Duration playbookCheckInterval,
        @DefaultValue List<String> businessHolidays) {

    /** The directory, or null when none is set. */
    Path directory() {
        return playbooksDir == null || playbooksDir.isBlank() ? null : Path.of(playbooksDir.strip());
    }

    /** The extra holidays. */
    List<LocalDate> holidays() {
        return businessHolidays.stream().map(String::strip).filter(d -> !d.isEmpty()).map(PlaybookProperties::date)
                .toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("csirtbot.business-holidays: '" + text
                    + "' is not a date; write it as 2025-12-29", e);
        }
    }
}

package org.csirtbot.improvements.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.csirtbot.improvements.Improvement;
import org.csirtbot.improvements.Improvements;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import com.slack.api.model.block.element.ButtonElement;

/**
 * Every {@code csirtbot.improvements.check-interval}, on the bot's clock: the owner of each item still owed that falls
 * due (from {@code csirtbot.improvements.remind-at} on its due day) is reminded once by direct message, in their
 * language, whatever became of the incident, with a button that marks it done ({@link ImprovementButtons}); and settled items older than the register's retention are forgotten.
 * The reminder is marked on the item before it is sent through the outbox, keyed by the item, so a second check or a
 * restart never reminds twice.
 */
@SlackComponent
class ImprovementReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ImprovementReminderSchedule.class);
    /** A section's text limit in Block Kit. */
    static final int SECTION_MAX = 3000;

    private final Improvements improvements;
    private final ImprovementLines lines;
    private final SlackGateway slack;
    private final UserLocales locales;
    private final Texts texts;
    private final Clock clock;

    ImprovementReminderSchedule(Improvements improvements, ImprovementLines lines, SlackGateway slack,
                                UserLocales locales, Texts texts, Clock clock) {
        this.improvements = improvements;
        this.lines = lines;
        this.slack = slack;
        this.locales = locales;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csirtbot.improvements.check-interval:1m}",
            fixedDelayString = "${csirtbot.improvements.check-interval:1m}")
    void check() {
        Instant now = clock.instant();
        try {
            for (Improvement item : improvements.dueForReminder(now)) {
                remind(item, now);
            }
            improvements.forgetSettled(now);
        } catch (RuntimeException e) {
            log.warn("Checking which improvement items are due will try again: {}", e.toString());
        }
    }

    private void remind(Improvement item, Instant now) {
        try {
            if (!improvements.markReminded(item, now)) {
                return;
            }
            Locale locale = locales.of(item.owner());
            String text = texts.get(locale, "improve.due", item.id(), item.incidentId(), lines.line(item, locale));
            slack.postMessage(SideEffectKey.of("improvement-due", item.id()), item.owner(), text,
                    List.of(section(s -> s.text(markdownText(Mrkdwn.cut(text, SECTION_MAX)))),
                            actions(a -> a.blockId("improvement_due").elements(List.of(ButtonElement.builder()
                                    .actionId(ImprovementButtons.DONE).value(item.id()).style("primary")
                                    .text(plainText(texts.get(locale, "improve.button.done"))).build())))));
        } catch (RuntimeException e) {
            log.warn("Reminding the owner of {} that it is due: the outbox sends it once Slack answers: {}", item.id(), e.toString());
        }
    }
}

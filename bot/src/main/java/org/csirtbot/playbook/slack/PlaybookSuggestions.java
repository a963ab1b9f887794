package org.csirtbot.playbook.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.RoomAnnounced;
import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.report.Notifier;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

/**
 * Playbooks offered in the room with a Start button: those whose triggers name the incident's category (or, declared from
 * an outside notification, whose trigger is {@code external_notification}), once it is declared, and those a step asks
 * for. Only the commander or deputy can start one (checked on the click).
 */
@SlackComponent
public class PlaybookSuggestions {

    public static final String START = "playbook_start";
    /** Start buttons in one suggestion; Slack allows 25 elements in an actions block. */
    private static final int SHOWN_MAX = 5;
    /** The trigger kind of a notification from outside (JPCERT/CC, the police, a partner, a researcher). */
    private static final String EXTERNAL = "external_notification";

    private static final Logger log = LoggerFactory.getLogger(PlaybookSuggestions.class);

    private final SlackGateway slack;
    private final PlaybookCatalog catalog;
    private final PlaybookRuns runs;
    private final Texts texts;
    private final UserLocales locales;
    private final ReportIntake reports;

    PlaybookSuggestions(SlackGateway slack, PlaybookCatalog catalog, PlaybookRuns runs, Texts texts,
                        UserLocales locales, ReportIntake reports) {
        this.reports = reports;
        this.slack = slack;
        this.catalog = catalog;
        this.runs = runs;
        this.texts = texts;
        this.locales = locales;
    }

    /**
     * After the room opened: the playbooks that fit the incident's category, if any; for an incident declared from an
     * outside party's notification, those whose trigger is {@code external_notification}, those that also fit the
     * category first.
     */
    @EventListener
    void declared(RoomAnnounced announced) {
        Incident incident = announced.incident();
        String category = incident.category().code();
        Optional<Notifier> notifier = incident.reportIds().stream().findFirst().flatMap(reports::find)
                .map(Report::notifier);
        List<Playbook> fitting = notifier.isEmpty() ? catalog.suggestedFor(category).stream().limit(SHOWN_MAX).toList()
                : catalog.all().stream().filter(p -> p.triggeredBy(EXTERNAL))
                        .sorted(Comparator.comparing((Playbook p) -> !p.suggestedFor(category)))
                        .limit(SHOWN_MAX).toList();
        if (!fitting.isEmpty()) {
            Locale locale = locales.fallback();
            String names = fitting.stream().map(p -> "*" + PlaybookWords.text(p.name(), locale) + "* (`" + p.id() + "`)")
                    .collect(Collectors.joining(", "));
            String text = notifier.isEmpty() ? texts.get(locale, "playbook.suggest.category", names)
                    : texts.get(locale, "playbook.suggest.external", names);
            post(incident, SideEffectKey.of("playbook-suggest", incident.id(), "declared"), text, fitting);
        }
    }

    /**
     * A step asks for another playbook: offered unless unknown or already running on the incident; a sub-playbook is
     * started, not offered.
     */
    void requested(Incident incident, PlaybookRun run, Event.PlaybookRequested e) {
        var wanted = catalog.find(e.playbook());
        boolean running = runs.ofIncident(incident.id()).stream().anyMatch(r -> r.playbook().id().equals(e.playbook()));
        if (wanted.isEmpty() || running) {
            return;
        }
        if ("sub".equals(e.mode())) {
            // the bot starts a sub-playbook itself; started here too when a recap tells a request it may have missed
            runs.start(incident.id(), e.playbook(), IncidentLog.BOT);
            return;
        }
        Locale locale = locales.fallback();
        post(incident, SideEffectKey.of("playbook-suggest", incident.id(), e.playbook(), run.id(), e.step()),
                texts.get(locale, "playbook.suggest.requested", PlaybookWords.text(run.playbook().name(), locale),
                        PlaybookWords.text(wanted.get().name(), locale), e.playbook()), List.of(wanted.get()));
    }

    private void post(Incident incident, SideEffectKey key, String text, List<Playbook> playbooks) {
        Locale locale = locales.fallback();
        List<BlockElement> buttons = playbooks.stream().map(p -> (BlockElement) ButtonElement.builder()
                .text(plainText(Mrkdwn.cut(texts.get(locale, "playbook.action.start",
                        PlaybookWords.plain(p.name(), locale)), ModalParts.OPTION_TEXT_MAX)))
                .actionId(START + "_" + p.id()).value(new StepRef(incident.id(), p.id()).value()).build()).toList();
        List<LayoutBlock> blocks = List.of(section(s -> s.text(markdownText(Mrkdwn.cut(text, StepMessages.SECTION_MAX)))),
                actions(a -> a.blockId("playbook_start").elements(buttons)));
        try {
            slack.postMessage(key, incident.room().channelId(), text, blocks);
        } catch (RuntimeException e) {
            log.warn("Could not suggest playbooks in the room of {}: {}", incident.id(), e.toString());
        }
    }
}

package org.csirtbot.exercise.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csirtbot.exercise.AfterActionReport;
import org.csirtbot.exercise.InjectRoom;
import org.csirtbot.incident.Incident;
import org.csirtbot.playbooks.exercise.Inject;
import org.csirtbot.playbooks.exercise.Scenario;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;

/**
 * What an exercise posts in its room, in the room's language: the brief, each inject (who it comes from, what the room
 * is told, and a Respond button when a response is expected), and the after-action report. Each is a keyed effect, so
 * asking again posts nothing new. The gateway adds the exercise mark.
 */
@SlackComponent
class SlackInjectRoom implements InjectRoom {

    static final String RESPOND = "exercise_respond";
    /** Slack's limit on a section's text, with room for what the bot adds. */
    static final int SECTION_MAX = 2900;
    /** A report longer than this many messages is left to the API. */
    private static final int PARTS_MAX = 8;

    private final SlackGateway slack;
    private final Texts texts;
    private final UserLocales locales;

    SlackInjectRoom(SlackGateway slack, Texts texts, UserLocales locales) {
        this.slack = slack;
        this.texts = texts;
        this.locales = locales;
    }

    @Override
    public void brief(Incident incident, Scenario scenario) {
        Locale locale = locales.fallback();
        String text = texts.get(locale, "exercise.brief", Mrkdwn.escape(scenario.name().in(locale.getLanguage())),
                String.valueOf(incident.exercise().pace()), scenario.brief().in(locale.getLanguage()));
        slack.postMessage(SideEffectKey.of("exercise-brief", incident.id()), incident.room().channelId(),
                Mrkdwn.cut(text, SECTION_MAX), null);
    }

    @Override
    public String deliver(Incident incident, Scenario scenario, Inject inject) {
        Locale locale = locales.fallback();
        String lang = locale.getLanguage();
        String head = texts.get(locale, "exercise.inject.head", texts.get(locale, "exercise.kind." + inject.kind().code()),
                Mrkdwn.escape(inject.from().in(lang)));
        String body = Mrkdwn.cut(head + "\n" + inject.text().in(lang), SECTION_MAX);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(body))));
        blocks.add(context(c -> c.elements(List.of(markdownText(expectation(locale, inject))))));
        if (inject.expects() == Inject.Expects.RESPONSE) {
            blocks.add(actions(a -> a.blockId("exercise_inject").elements(List.of(ButtonElement.builder()
                    .text(plainText(texts.get(locale, "exercise.respond"))).actionId(RESPOND)
                    .value(incident.id() + "|" + inject.id()).style("primary").build()))));
        }
        return slack.postMessage(SideEffectKey.of("exercise-inject", incident.id(), inject.id()),
                incident.room().channelId(), body, blocks);
    }

    private String expectation(Locale locale, Inject inject) {
        String within = inject.respondWithin() == null ? "" : minutes(locale, inject.respondWithin());
        return texts.get(locale, "exercise.expects." + inject.expects().code(), minutes(locale, inject.at()), within);
    }

    private String minutes(Locale locale, Duration scenarioTime) {
        return texts.get(locale, "exercise.minutes", String.valueOf(scenarioTime.toMinutes()));
    }

    @Override
    public void postReport(Incident incident, AfterActionReport.Figures f, String markdown) {
        Locale locale = locales.fallback();
        String room = incident.room().channelId();
        List<String> parts = parts(markdown);
        slack.postMessage(SideEffectKey.of("after-action", incident.id(), "figures"), room,
                texts.get(locale, "exercise.report.figures", incident.id(), String.valueOf(f.injects()),
                        String.valueOf(f.met()), String.valueOf(f.missed()), String.valueOf(f.unanswered()),
                        String.valueOf(f.stepsMet()), String.valueOf(f.stepsMissed()),
                        String.valueOf(f.improvements())), null);
        for (int n = 0; n < Math.min(parts.size(), PARTS_MAX); n++) {
            slack.postMessage(SideEffectKey.of("after-action", incident.id(), String.valueOf(n + 1)), room,
                    "```\n" + Mrkdwn.escape(parts.get(n)) + "\n```", null);
        }
        if (parts.size() > PARTS_MAX) {
            slack.postMessage(SideEffectKey.of("after-action", incident.id(), "cut"), room,
                    texts.get(locale, "exercise.report.cut", incident.id()), null);
        }
    }

    /** The report in messages of whole lines, each well within a message's limit. */
    static List<String> parts(String markdown) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : markdown.split("\n")) {
            String cut = Mrkdwn.cut(line, SECTION_MAX);
            if (part.length() + cut.length() + 1 > SECTION_MAX) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(cut).append('\n');
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString());
        }
        return parts;
    }
}

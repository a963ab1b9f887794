package org.csirtbot.exercise.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csirtbot.exercise.ExerciseScenarios;
import org.csirtbot.playbooks.exercise.Scenario;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;

/**
 * {@code /incident exercise}: alone, the scenarios with a Start button each (only to the person asking);
 * {@code <scenario> [pace=N]} starts one (as declaring, responders); {@code end} and {@code improve @owner <text>} in
 * an exercise's room ({@link ExerciseRoomCommands}).
 */
@SlackComponent
class ExerciseSubcommand implements IncidentSubcommand {

    static final String START = "exercise_start";
    /** Scenarios listed at most: two blocks each stay well within Slack's 50. */
    private static final int LISTED_MAX = 20;

    private final ExerciseScenarios scenarios;
    private final ExerciseStarts starts;
    private final ExerciseRoomCommands roomCommands;
    private final Texts texts;

    ExerciseSubcommand(ExerciseScenarios scenarios, ExerciseStarts starts, ExerciseRoomCommands roomCommands,
                       Texts texts) {
        this.scenarios = scenarios;
        this.starts = starts;
        this.roomCommands = roomCommands;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "exercise";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String argument = invocation.argument().strip();
        String first = argument.split("\\s+", 2)[0];
        if (argument.isEmpty()) {
            return ctx.ack(r -> r.responseType("ephemeral").text(texts.get(invocation.locale(), "exercise.list"))
                    .blocks(list(invocation.locale())));
        }
        if (first.equals("end")) {
            return roomCommands.end(invocation, ctx);
        }
        if (first.equals("improve")) {
            return roomCommands.improve(invocation, argument.substring(first.length()).strip(), ctx);
        }
        ExerciseStarts.Request request = starts.read(invocation.userId(), argument, invocation.locale());
        if (request.refusal() != null) {
            return ctx.ack(request.refusal());
        }
        starts.startLater(invocation.userId(), request, invocation.userId() + ":" + invocation.triggerId(),
                invocation.locale());
        return ctx.ack(texts.get(invocation.locale(), "exercise.starting",
                Mrkdwn.escape(request.scenario().name().in(invocation.locale().getLanguage())),
                String.valueOf(request.pace())));
    }

    private List<LayoutBlock> list(Locale locale) {
        String lang = locale.getLanguage();
        List<Scenario> all = scenarios.all().stream().limit(LISTED_MAX).toList();
        if (all.isEmpty()) {
            return List.of(section(s -> s.text(markdownText(texts.get(locale, "exercise.list.none")))));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(texts.get(locale, "exercise.list")))));
        for (Scenario scenario : all) {
            String line = texts.get(locale, "exercise.list.item", Mrkdwn.escape(scenario.name().in(lang)),
                    scenario.id(), texts.get(locale, "severity." + scenario.incident().severity()),
                    String.valueOf(scenario.pace()),
                    String.valueOf(scenario.injects().size()));
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(line, SlackInjectRoom.SECTION_MAX)))
                    .accessory(ButtonElement.builder().text(plainText(texts.get(locale, "exercise.start")))
                            .actionId(START + "_" + scenario.id()).value(scenario.id()).build())));
        }
        return blocks;
    }
}

package org.csirtbot.slack.fuzz;

import static org.csirtbot.slack.fuzz.FuzzRun.RESPONDERS;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.testkit.SlackPayloads;

/** Generated slash commands: hostile {@code /report} and {@code /incident} text from anyone, anywhere. */
final class FuzzCommands {

    private final FuzzRun run;

    FuzzCommands(FuzzRun run) {
        this.run = run;
    }

    FuzzCase reportCommand(HostileText gen) {
        String text = gen.any();
        return command(gen, "/report", gen.chance(0.5) ? HostileText.slackEscaped(text) : text,
                gen.chance(0.5) ? EMPLOYEE : gen.chance(0.5) ? gen.pick(RESPONDERS) : gen.nonResponder());
    }

    FuzzCase incidentCommand(HostileText gen) {
        String text = switch (gen.between(0, 7)) {
            case 0 -> "declare " + gen.any();
            case 1 -> "DECLARE\t" + gen.any();
            case 2 -> gen.pick(List.of("declare", "help", "", " ", "Declare", "declare\n", "declareX"));
            case 3 -> "declare" + gen.pick(HostileText.NEWLINES) + gen.mix(2);
            case 4 -> gen.mix(gen.between(1, 3)) + " declare";
            default -> gen.any();
        };
        return command(gen, "/incident", gen.chance(0.5) ? HostileText.slackEscaped(text) : text,
                gen.chance(0.6) ? gen.pick(RESPONDERS) : gen.nonResponder());
    }

    FuzzCase command(HostileText gen, String command, String text, String user) {
        String channel = gen.chance(0.8) ? GENERAL : gen.mix(1);
        // unique even when hostile: the same trigger twice is one delivery repeated, answered once (tested elsewhere)
        String trigger = gen.chance(0.9) ? SlackPayloads.newTriggerId() : gen.mix(1) + SlackPayloads.newTriggerId();
        Map<String, String> form = SlackPayloads.slashCommandForm(command, text, user, channel, run.slack.responseUrl(),
                trigger);
        FuzzCase c = new FuzzCase(run, command, gen).input("text", text).input("user_id", user).input("channel_id", channel)
                .input("trigger_id", trigger);
        String body = HostileFormBody.of(form);
        boolean opensForm = "/report".equals(command) || (RESPONDERS.contains(user) && declares(text));
        c.sendForm(body);
        c.opens = opensForm ? 1 : 0;
        c.afterAck = ack -> {
            if (!opensForm && ack.body().isEmpty()) {
                c.fail("an /incident command that opens no form must answer with text, it answered nothing");
            }
        };
        return c;
    }

    /** Whether /incident text, as Slack sends it, is the declare subcommand. */
    private static boolean declares(String slackText) {
        String text = Mrkdwn.unescape(slackText).strip();
        return text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT).equals("declare");
    }
}

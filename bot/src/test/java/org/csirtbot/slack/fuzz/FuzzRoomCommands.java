package org.csirtbot.slack.fuzz;

import static org.csirtbot.slack.fuzz.FuzzRun.RESPONDERS;
import static org.csirtbot.testkit.TestBot.GENERAL;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.testkit.SlackPayloads;

/** Generated {@code /incident} subcommands inside incident rooms (and outside them), with hostile arguments. */
final class FuzzRoomCommands {

    /** Every subcommand, and help. */
    static final List<String> SUBCOMMANDS = List.of("status", "severity", "role", "note", "decide", "playbook",
            "resolve", "close", "hold", "release", "verify", "help", "declare", "update", "request", "improve",
            "recovered", "reopen", "link", "unlink", "merge");
    private static final List<String> STATUSES = Arrays.stream(IncidentStatus.values()).map(IncidentStatus::code)
            .toList();
    private static final List<String> ROLES = Arrays.stream(IncidentRole.values()).map(IncidentRole::code).toList();

    private final FuzzRun run;

    FuzzRoomCommands(FuzzRun run) {
        this.run = run;
    }

    FuzzCase roomCommand(HostileText gen, List<String> rooms) {
        String sub = gen.chance(0.95) ? gen.pick(SUBCOMMANDS) : gen.mix(1);
        String spelled = gen.chance(0.85) ? sub : sub.toUpperCase(Locale.ROOT);
        String text = spelled + gen.pick(List.of(" ", "  ", "\t", "\n", "\u3000")) + argument(gen, sub);
        String user = gen.chance(0.65) ? gen.pick(RESPONDERS) : gen.nonResponder();
        String channel = gen.chance(0.85) ? gen.pick(rooms) : gen.chance(0.5) ? GENERAL : gen.mix(1);
        return command(gen, "/incident " + (SUBCOMMANDS.contains(sub) ? sub : "(unknown)"),
                gen.chance(0.5) ? HostileText.slackEscaped(text) : text, user, channel);
    }

    private static String argument(HostileText gen, String sub) {
        if (gen.chance(0.3)) {
            return gen.any();
        }
        return switch (sub) {
            case "status" -> gen.choice(STATUSES);
            case "severity" -> gen.choice(FuzzRun.SEVERITIES) + " " + gen.any();
            case "role" -> gen.choice(ROLES) + (gen.chance(0.2) ? " remove " : " ") + gen.pick(List.of(
                    "<@" + gen.pick(RESPONDERS) + ">", "<@UFUZZ0001|fuzz>", "<@" + gen.mix(1) + ">", gen.any()));
            case "playbook" -> gen.pick(List.of("", "walk-test", "inputs-test", "WALK-TEST", gen.any()));
            case "request" -> gen.pick(List.of("", "list", "REQ-2026-0001 answered", "req-2026-1 closed",
                    "REQ-2026-0001 " + gen.any(), gen.any() + " waiting"));
            case "improve" -> gen.pick(List.of("", "list", "IMP-2026-0001 done", "imp-2026-1 " + gen.any(),
                    gen.any() + " <@" + gen.pick(RESPONDERS) + "> due " + gen.pick(List.of("2099-12-31", "2026-02-30",
                            gen.any())), gen.shortText(1200)));
            // no incident the fuzzer's rooms hold: a merge must not close the rooms the rest of the run works in
            case "link", "unlink", "merge" -> gen.pick(List.of("", "INC-1999-0001", "inc-1 " + gen.any(),
                    gen.any() + " " + gen.shortText(600)));
            case "resolve", "close", "verify", "help", "declare", "update", "recovered" ->
                    gen.chance(0.5) ? "" : gen.any();
            default -> gen.chance(0.6) ? gen.shortText(3000) : gen.any();
        };
    }

    FuzzCase command(HostileText gen, String kind, String text, String user, String channel) {
        String trigger = SlackPayloads.newTriggerId();
        Map<String, String> form = SlackPayloads.slashCommandForm("/incident", text, user, channel,
                run.slack.responseUrl(), trigger);
        FuzzCase c = new FuzzCase(run, kind, gen).input("text", text).input("user_id", user)
                .input("channel_id", channel);
        c.sendForm(HostileFormBody.of(form));
        c.afterAck = ack -> c.afterCalls = made -> {
            boolean answered = !ack.body().isEmpty() || made.stream().map(e -> e.getRequest().getUrl())
                    .anyMatch(url -> url.startsWith("/api/views.open") || url.startsWith("/api/chat.postEphemeral")
                            || url.startsWith("/response-url/"));
            if (!answered) {
                c.fail("an /incident command must be answered (text, a form or a private message), it was not");
            }
        };
        return c;
    }
}

package org.csirtbot.slack.fuzz;

import static org.csirtbot.slack.fuzz.FuzzRun.RESPONDERS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.playbook.slack.PlaybookSuggestions;
import org.csirtbot.testkit.SlackPayloads;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Generated submissions of every form the bot opened in rooms (decision, decision review, lessons, each playbook
 * form) and clicks on every button it posted (decision approvals, playbook steps, suggestions' Start), from
 * {@link FuzzHarvest}: mostly with the bot's own metadata and values and hostile typed text, sometimes forged.
 */
final class FuzzRoomForms {

    private final FuzzRun run;
    private final FuzzHarvest harvest;

    FuzzRoomForms(FuzzRun run, FuzzHarvest harvest) {
        this.run = run;
        this.harvest = harvest;
    }

    FuzzCase submission(HostileText gen) {
        String callback = gen.pick(FuzzRooms.FORMS);
        JsonNode view = gen.pick(harvest.views.get(callback));
        String metadata = gen.chance(0.85) ? view.path("private_metadata").asText("") : gen.metadata();
        String user = gen.chance(0.75) ? gen.pick(RESPONDERS) : gen.nonResponder();
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        for (JsonNode block : view.path("blocks")) {
            JsonNode element = block.path("element");
            if ("input".equals(block.path("type").asText()) && gen.chance(0.95)) {
                state.put(block.path("block_id").asText(), Map.of(element.path("action_id").asText(),
                        FuzzInputs.value(gen, element)));
            }
        }
        FuzzCase c = new FuzzCase(run, "form " + callback, gen).input("user", user).input("private_metadata", metadata)
                .input("state", String.valueOf(state));
        c.sendInteraction(SlackPayloads.viewSubmission(user, callback, gen.viewId(), metadata, state));
        c.afterAck = ack -> {
            if (!ack.body().isEmpty() && !c.json(ack.body()).has("response_action")) {
                c.fail("a form must be answered with nothing or a response_action, was: " + HostileText.show(ack.body()));
            }
        };
        return c;
    }

    FuzzCase click(HostileText gen) {
        FuzzHarvest.Button b = gen.pick(harvest.buttons);
        String user = gen.chance(0.7) ? gen.pick(RESPONDERS) : gen.nonResponder();
        String action = gen.chance(0.92) ? b.actionId() : gen.pick(List.of(b.actionId() + gen.mix(1),
                b.actionId().toUpperCase(), gen.pick(harvest.buttons).actionId()));
        String value = switch (gen.between(0, 9)) {
            case 0 -> gen.any();
            case 1 -> gen.pick(harvest.buttons).value();
            case 2 -> b.value() + gen.mix(1);
            case 3 -> gen.fakeId() + "|" + gen.mix(1);
            default -> b.value();
        };
        String channel = gen.chance(0.9) ? b.channel() : gen.mix(1);
        String ts = gen.chance(0.9) ? b.ts() : gen.mix(1);
        String kind = action.startsWith(PlaybookSuggestions.START + "_") ? PlaybookSuggestions.START + "_…" : action;
        FuzzCase c = new FuzzCase(run, "button " + (action.equals(b.actionId()) ? kind : "(other action)"), gen)
                .input("user", user).input("action_id", action).input("value", value).input("channel", channel)
                .input("message_ts", ts);
        c.sendInteraction(SlackPayloads.blockActions(user, channel, ts, action, value, SlackPayloads.newTriggerId(),
                run.slack.responseUrl()));
        return c;
    }
}

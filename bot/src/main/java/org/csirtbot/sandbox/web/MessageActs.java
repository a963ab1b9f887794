package org.csirtbot.sandbox.web;

import java.util.Optional;
import java.util.function.Function;

import org.csirtbot.sandbox.web.PersonView.Conversation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

/** A person types a slash command, posts a message or reacts: Slack records it and tells the bot. */
@RestController
@SandboxEnabled
@RequestMapping("/sandbox/act")
class MessageActs {

    record Command(String as, String channel, String command, String text) {
    }

    record Post(String as, String channel, String text, String threadTs) {
    }

    record React(String as, String channel, String ts, String name) {
    }

    record Edit(String as, String channel, String ts, String text) {
    }

    record Delete(String as, String channel, String ts) {
    }

    private final WorkspaceView workspace;
    private final PersonActions actions;
    private final TriggerIds triggers;
    private final SlackToBot slack;

    MessageActs(WorkspaceView workspace, PersonActions actions, TriggerIds triggers, SlackToBot slack) {
        this.workspace = workspace;
        this.actions = actions;
        this.triggers = triggers;
        this.slack = slack;
    }

    @PostMapping("/command")
    BotAnswer command(@RequestBody Command command) {
        PersonView seen = workspace.seenBy(command.as());
        Optional<Conversation> place = seen.conversation(command.channel());
        if (place.isEmpty()) {
            return BotAnswer.notSent("channel_not_found");
        }
        SandboxApp app = workspace.app();
        String typed = command.text() == null ? "" : command.text().strip();
        String text = TypedText.ofCommand(command.command(), typed, seen);
        BotAnswer answer = slack.form(SlackSigning.formBody(new CommandForms(app).slashCommand(
                Places.person(seen, command.as()), Places.channel(place.get()), command.command(), text,
                slack.responseUrl("commands"), triggers.issue(command.as()))));
        keepButtons(command, answer);
        return answer;
    }

    /** An answer with buttons stays in the channel, to the person alone, so its buttons can be clicked later. */
    private void keepButtons(Command command, BotAnswer answer) {
        JsonNode ack = answer.sent() && answer.status() == 200 ? JsonNodes.parseOrEmpty(answer.body())
                : JsonNodes.MAPPER.createObjectNode();
        if (!"in_channel".equals(ack.path("response_type").asText())
                && !ack.path("blocks").findValues("action_id").isEmpty()) {
            actions.showCommandAnswer(command.as(), command.channel(), ack.path("text").asText(), ack.path("blocks"));
        }
    }

    @PostMapping("/message")
    BotAnswer message(@RequestBody Post post) {
        Optional<Conversation> place = workspace.seenBy(post.as()).conversation(post.channel());
        String text = TypedText.escaped(post.text() == null ? "" : post.text());
        Optional<String> ts = place.isEmpty() || text.isBlank() ? Optional.empty()
                : actions.postMessage(post.as(), post.channel(), text, post.threadTs());
        if (ts.isEmpty()) {
            return BotAnswer.notSent("not_in_channel");
        }
        return toBot(place.get(), "posted", app -> new EventPayloads(app).message(post.as(), post.channel(),
                Places.channelType(place.get()), ts.get(), post.threadTs(), text));
    }

    @PostMapping("/react")
    BotAnswer react(@RequestBody React react) {
        String name = react.name() == null ? "" : react.name().replace(":", "").strip();
        PersonView seen = workspace.seenBy(react.as());
        Optional<PersonView.Message> message = seen.message(react.channel(), react.ts());
        if (message.isEmpty() || name.isEmpty() || !actions.addReaction(react.as(), react.channel(), react.ts(), name)) {
            return BotAnswer.notSent("already_reacted");
        }
        return toBot(seen.conversation(react.channel()).orElseThrow(), "reacted", app -> new EventPayloads(app)
                .reactionAdded(react.as(), react.channel(), react.ts(), name, message.get().user()));
    }

    @PostMapping("/edit")
    BotAnswer edit(@RequestBody Edit edit) {
        Optional<Conversation> place = workspace.seenBy(edit.as()).conversation(edit.channel());
        String text = TypedText.escaped(edit.text() == null ? "" : edit.text());
        Optional<PersonActions.Changed> changed = place.isEmpty() || text.isBlank() ? Optional.empty()
                : actions.editMessage(edit.as(), edit.channel(), edit.ts(), text);
        if (changed.isEmpty()) {
            return BotAnswer.notSent("cant_update_message");
        }
        return toBot(place.get(), "edited", app -> new EventPayloads(app).messageChanged(edit.as(), edit.channel(),
                Places.channelType(place.get()), edit.ts(), changed.get().threadTs(), changed.get().previousText(),
                text, changed.get().at()));
    }

    @PostMapping("/delete")
    BotAnswer delete(@RequestBody Delete delete) {
        Optional<Conversation> place = workspace.seenBy(delete.as()).conversation(delete.channel());
        Optional<PersonActions.Changed> deleted = place.isEmpty() ? Optional.empty()
                : actions.deleteMessage(delete.as(), delete.channel(), delete.ts());
        if (deleted.isEmpty()) {
            return BotAnswer.notSent("cant_delete_message");
        }
        return toBot(place.get(), "deleted", app -> new EventPayloads(app).messageDeleted(delete.as(), delete.channel(),
                Places.channelType(place.get()), delete.ts(), deleted.get().threadTs(), deleted.get().previousText(),
                deleted.get().at()));
    }

    /** The event, when the bot is in the conversation: Slack sends it no event otherwise (then: {@code done}). */
    private BotAnswer toBot(Conversation place, String done, Function<SandboxApp, String> event) {
        SandboxApp app = workspace.app();
        if (!Places.botHears(app, place)) {
            return BotAnswer.notSent(done + "; the bot is not in this channel, so Slack sends it no event");
        }
        return slack.event(event.apply(app));
    }
}

package org.csirtbot.sandbox.web;

import java.util.Optional;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

/** A person clicks a button or chooses in a message or a form, submits a form or closes it. */
@RestController
@SandboxEnabled
@RequestMapping("/sandbox/act")
class FormActs {

    /** A click in a message ({@code channel}, {@code messageTs}) or, with {@code viewId}, in an open form. */
    record Click(String as, String channel, String messageTs, String actionId, String blockId, String value,
                 String viewId) {
    }

    /** {@code values}: {@code {block_id: {action_id: {type, value | selected_option | selected_date | …}}}}. */
    record Submit(String as, String viewId, JsonNode values) {
    }

    record Close(String as, String viewId) {
    }

    private final WorkspaceView workspace;
    private final ModalStack modals;
    private final TriggerIds triggers;
    private final SlackToBot slack;

    FormActs(WorkspaceView workspace, ModalStack modals, TriggerIds triggers, SlackToBot slack) {
        this.workspace = workspace;
        this.modals = modals;
        this.triggers = triggers;
        this.slack = slack;
    }

    @PostMapping("/click")
    BotAnswer click(@RequestBody Click click) {
        PersonView seen = workspace.seenBy(click.as());
        return click.viewId() == null || click.viewId().isBlank() ? clickInMessage(seen, click) : clickInView(seen, click);
    }

    private BotAnswer clickInMessage(PersonView seen, Click click) {
        Optional<PersonView.Message> message = seen.message(click.channel(), click.messageTs());
        Optional<JsonNode> element = message.flatMap(m -> ChosenAction.find(m.blocks(), click.blockId(),
                click.actionId()));
        if (element.isEmpty()) {
            return BotAnswer.notSent("no such element in the message");
        }
        SandboxApp app = workspace.app();
        Named channel = Places.channel(seen.conversation(click.channel()).orElseThrow());
        return send(new InteractionPayloads(app).blockActions(Places.person(seen, click.as()), channel,
                Places.message(app, message.get()), action(element.get(), click), triggers.issue(click.as()),
                slack.responseUrl("actions")));
    }

    private BotAnswer clickInView(PersonView seen, Click click) {
        Optional<JsonNode> view = seen.view(click.viewId());
        Optional<JsonNode> element = view.flatMap(v -> ChosenAction.find(v.path("blocks"), click.blockId(),
                click.actionId()));
        if (element.isEmpty()) {
            return BotAnswer.notSent("no such element in the open form");
        }
        return send(new InteractionPayloads(workspace.app()).blockActionsInView(Places.person(seen, click.as()),
                view.get(), action(element.get(), click), triggers.issue(click.as())));
    }

    @PostMapping("/submit")
    BotAnswer submit(@RequestBody Submit submit) {
        Optional<JsonNode> view = workspace.seenBy(submit.as()).view(submit.viewId());
        if (view.isEmpty()) {
            return BotAnswer.notSent("the form is no longer open");
        }
        Named person = Places.person(workspace.seenBy(submit.as()), submit.as());
        JsonNode values = submit.values() == null ? JsonNodes.MAPPER.createObjectNode() : submit.values();
        BotAnswer answer = send(new InteractionPayloads(workspace.app()).viewSubmission(person, view.get(), values,
                triggers.issue(submit.as())));
        new SubmissionAnswer(modals, submit.as(), submit.viewId()).apply(answer);
        return answer;
    }

    @PostMapping("/close")
    BotAnswer close(@RequestBody Close close) {
        PersonView seen = workspace.seenBy(close.as());
        Optional<JsonNode> view = seen.view(close.viewId());
        if (view.isEmpty()) {
            return BotAnswer.notSent("the form is no longer open");
        }
        modals.close(close.as(), close.viewId());
        if (!view.get().path("notify_on_close").asBoolean(false)) {
            return BotAnswer.notSent("closed; the bot did not ask to hear about it");
        }
        return send(new InteractionPayloads(workspace.app()).viewClosed(Places.person(seen, close.as()), view.get()));
    }

    private static JsonNode action(JsonNode element, Click click) {
        return ChosenAction.of(element, click.blockId(), click.value());
    }

    private BotAnswer send(String payload) {
        return slack.form(SlackSigning.interactionBody(payload));
    }
}

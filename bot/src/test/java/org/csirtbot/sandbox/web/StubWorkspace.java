package org.csirtbot.sandbox.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.csirtbot.sandbox.web.PersonView.Conversation;
import org.csirtbot.sandbox.web.PersonView.Message;
import org.csirtbot.sandbox.web.PersonView.Person;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tiny workspace for the sandbox web's own tests (the real one is the workspace model): Alice, Rita and the bot,
 * #general (the bot is in it) and #quiet (it is not), one bot message with a button and a select, and the forms
 * Alice has open.
 */
class StubWorkspace implements WorkspaceView, PersonActions, ModalStack, TriggerIds, SandboxSecret {

    static final SandboxApp APP = new SandboxApp("T0SANDBOX", "sandbox", "A0SANDBOX", "B0SANDBOX", "U0BOT",
            "sandbox-token");
    static final String SECRET = "sandbox-secret-0123456789";
    static final String GENERAL = "C0GENERAL";
    static final String QUIET = "C0QUIET";
    static final String BOT_MESSAGE_TS = "1700000000.000100";
    static final String BOT_BLOCKS = """
            [{"type":"section","block_id":"intro","text":{"type":"mrkdwn","text":"*Report R-1*"}},
             {"type":"actions","block_id":"triage","elements":[
               {"type":"button","action_id":"open_incident","text":{"type":"plain_text","text":"Open incident"},
                "value":"R-1","style":"primary"},
               {"type":"static_select","action_id":"severity","placeholder":{"type":"plain_text","text":"Severity"},
                "options":[{"text":{"type":"plain_text","text":"S1 critical"},"value":"S1"},
                           {"text":{"type":"plain_text","text":"S2 high"},"value":"S2"}]}]}]""";

    final List<JsonNode> views = new ArrayList<>();
    final List<String> issuedTriggers = new ArrayList<>();
    private final List<Message> general = new ArrayList<>();
    private final AtomicInteger posted = new AtomicInteger();

    StubWorkspace() {
        general.add(new Message(BOT_MESSAGE_TS, null, APP.botUserId(), "Report R-1", json(BOT_BLOCKS), List.of(),
                false, false, false));
    }

    static JsonNode json(String text) {
        try {
            return JsonNodes.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public SandboxApp app() {
        return APP;
    }

    @Override
    public PersonView seenBy(String userId) {
        List<Person> people = List.of(new Person("U0ALICE", "alice", "employee"),
                new Person("U0RITA", "rita", "responder"), new Person(APP.botUserId(), "csirtbot", "bot"));
        List<Conversation> conversations = List.of(
                new Conversation(GENERAL, "general", false, false, "", List.of("U0ALICE", "U0RITA", APP.botUserId()),
                        List.copyOf(general), List.of()),
                new Conversation(QUIET, "quiet", false, false, "", List.of("U0ALICE"), List.of(), List.of()));
        return new PersonView(userId, people, conversations, "U0ALICE".equals(userId) ? List.copyOf(views) : List.of());
    }

    @Override
    public Optional<String> postMessage(String userId, String channelId, String text, String threadTs) {
        return Optional.of("1700000001.00000" + posted.incrementAndGet());
    }

    @Override
    public boolean addReaction(String userId, String channelId, String ts, String name) {
        return true;
    }

    @Override
    public Optional<Changed> editMessage(String userId, String channelId, String ts, String text) {
        return Optional.of(new Changed("before the edit", null, "1700000009.000001"));
    }

    @Override
    public Optional<Changed> deleteMessage(String userId, String channelId, String ts) {
        return Optional.of(new Changed("before the deletion", null, "1700000009.000002"));
    }

    @Override
    public void close(String userId, String viewId) {
        views.removeIf(v -> v.path("id").asText().equals(viewId));
    }

    @Override
    public void clear(String userId) {
        views.clear();
    }

    @Override
    public void update(String userId, String viewId, JsonNode view) {
        views.replaceAll(v -> v.path("id").asText().equals(viewId) ? view : v);
    }

    @Override
    public void push(String userId, JsonNode view) {
        views.add(view);
    }

    @Override
    public String issue(String userId) {
        String trigger = "100000000001.47445629121.0123456789abcdef" + issuedTriggers.size();
        issuedTriggers.add(trigger);
        return trigger;
    }

    @Override
    public String signingSecret() {
        return SECRET;
    }

    @Override
    public void showCommandAnswer(String userId, String channelId, String text, JsonNode blocks) {
        // the stub keeps no messages
    }
}

package org.csirtbot.sandbox;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csirtbot.sandbox.web.ModalStack;
import org.csirtbot.sandbox.web.PersonActions;
import org.csirtbot.sandbox.web.PersonView;
import org.csirtbot.sandbox.web.SandboxApp;
import org.csirtbot.sandbox.web.SandboxSecret;
import org.csirtbot.sandbox.web.TriggerIds;
import org.csirtbot.sandbox.web.WorkspaceView;
import org.csirtbot.sandbox.workspace.SlackIds;
import org.csirtbot.sandbox.workspace.SlackTriggers;
import org.csirtbot.sandbox.workspace.SlackWorkspace;
import org.csirtbot.sandbox.workspace.WorkspaceModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sandbox's one workspace as its browser client and its people see it: what each person sees, what they write and
 * react, the forms on their screens, the triggers Slack issues, and the secret requests are signed with.
 */
class SandboxWorkspaceView implements WorkspaceView, PersonActions, ModalStack, TriggerIds, SandboxSecret {

    private static final SandboxApp APP = new SandboxApp(SlackIds.TEAM_ID, SlackIds.TEAM_DOMAIN, SlackIds.APP_ID,
            SlackIds.BOT_ID, SlackIds.BOT_USER_ID, "sandbox-verification-token");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SlackWorkspace workspace;
    private final SandboxSigningSecret secret;

    SandboxWorkspaceView(SlackWorkspace workspace, SandboxSigningSecret secret) {
        this.workspace = workspace;
        this.secret = secret;
    }

    @Override
    public SandboxApp app() {
        return APP;
    }

    @Override
    public PersonView seenBy(String userId) {
        return workspace.consistently(() -> seenAtOnceBy(userId));
    }

    private PersonView seenAtOnceBy(String userId) {
        List<PersonView.Person> people = people();
        boolean known = people.stream().anyMatch(p -> p.id().equals(userId) && !"bot".equals(p.role()));
        if (!known) {
            return new PersonView(userId, people, List.of(), List.of());
        }
        List<PersonView.Conversation> seen = workspace.conversations().stream()
                .filter(c -> c.isIm() ? userId.equals(c.dmUser()) : !c.isPrivate() || c.members().contains(userId))
                .map(c -> conversation(c, userId)).toList();
        List<JsonNode> views = workspace.views().stream().filter(v -> userId.equals(v.user()))
                .map(SandboxWorkspaceView::withId).toList();
        return new PersonView(userId, people, seen, views);
    }

    private static List<PersonView.Person> people() {
        List<PersonView.Person> people = new ArrayList<>();
        SandboxPeople.PEOPLE.forEach(p -> people.add(new PersonView.Person(p.id(), p.name(),
                p.roles().get(p.roles().size() - 1).name().toLowerCase(Locale.ROOT))));
        people.add(new PersonView.Person(SlackIds.BOT_USER_ID, "csirtbot", "bot"));
        return people;
    }

    private PersonView.Conversation conversation(WorkspaceModel.Channel c, String userId) {
        List<PersonView.Message> messages = new ArrayList<>(workspace.messages(c.id()).stream()
                .map(SandboxWorkspaceView::message).toList());
        workspace.ephemerals().stream().filter(e -> c.id().equals(e.channel()) && userId.equals(e.user()))
                .forEach(e -> messages.add(new PersonView.Message(e.messageTs(), null, SlackIds.BOT_USER_ID,
                        e.text(), e.blocks(), List.of(), false, false, true)));
        List<String> members = new ArrayList<>(c.members());
        List<String> pinned = workspace.pins(c.id()).stream().map(WorkspaceModel.Message::ts).toList();
        String name = c.isIm() ? "csirtbot" : c.name();
        return new PersonView.Conversation(c.id(), name, c.isPrivate(), c.isIm(), c.topic(), members, messages, pinned);
    }

    private static PersonView.Message message(WorkspaceModel.Message m) {
        List<PersonView.Reaction> reactions = m.reactions() == null ? List.of() : m.reactions().entrySet().stream()
                .map(r -> new PersonView.Reaction(r.getKey(), List.copyOf(r.getValue()))).toList();
        String user = m.user() == null ? SlackIds.BOT_USER_ID : m.user();
        return new PersonView.Message(m.ts(), m.threadTs(), user, m.text(), m.blocks(), reactions, m.edited(), false,
                false);
    }

    private static JsonNode withId(WorkspaceModel.View v) {
        ObjectNode view = v.view().deepCopy();
        view.put("id", v.id());
        return view;
    }

    @Override
    public Optional<String> postMessage(String userId, String channelId, String text, String threadTs) {
        Optional<WorkspaceModel.Channel> channel = workspace.channel(channelId);
        if (channel.isEmpty() || channel.get().archived() || !canPost(channel.get(), userId)) {
            return Optional.empty();
        }
        String ts = SlackIds.nextTs();
        if (threadTs == null || threadTs.isBlank()) {
            workspace.messages().given(channelId, ts, userId, text);
        } else {
            workspace.messages().givenReply(channelId, ts, threadTs, userId, text);
        }
        return Optional.of(ts);
    }

    private static boolean canPost(WorkspaceModel.Channel channel, String userId) {
        return channel.isIm() ? userId.equals(channel.dmUser()) : channel.members().contains(userId);
    }

    @Override
    public boolean addReaction(String userId, String channelId, String ts, String name) {
        return workspace.messages().reaction(channelId, ts, userId, name) == null;
    }

    @Override
    public Optional<Changed> editMessage(String userId, String channelId, String ts, String text) {
        return changed(workspace.messages().edit(channelId, ts, userId, text));
    }

    @Override
    public Optional<Changed> deleteMessage(String userId, String channelId, String ts) {
        return changed(workspace.messages().delete(channelId, ts, userId));
    }

    @Override
    public void showCommandAnswer(String userId, String channelId, String text, JsonNode blocks) {
        workspace.messages().commandAnswer(channelId, userId, text, blocks);
    }

    private static Optional<Changed> changed(WorkspaceModel.Change change) {
        return Optional.ofNullable(change)
                .map(c -> new Changed(c.before().text(), c.before().threadTs(), c.at()));
    }

    @Override
    public void close(String userId, String viewId) {
        workspace.screens().close(viewId);
    }

    @Override
    public void clear(String userId) {
        workspace.screens().clear(userId);
    }

    @Override
    public void update(String userId, String viewId, JsonNode view) {
        workspace.screens().update(viewId, view);
    }

    @Override
    public void push(String userId, JsonNode view) {
        workspace.screens().push(userId, view);
    }

    /** Shaped as Slack's trigger IDs, issued now, so that the workspace refuses it once expired or exchanged. */
    @Override
    public String issue(String userId) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        long now = System.currentTimeMillis();
        String trigger = now / 1000 + "." + String.format("%06d", now % 1_000_000) + "." + HexFormat.of().formatHex(random);
        workspace.screens().triggerFrom(trigger, userId);
        SlackTriggers.sentIn("trigger_id=" + trigger);
        return trigger;
    }

    @Override
    public String signingSecret() {
        return secret.value();
    }
}

package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Every Web API method the Slack gateway calls has the bot scopes Slack's documentation names for it in the app
 * manifest: a missing scope passes every test against the fake Slack and fails in a real workspace with
 * {@code missing_scope} (users.profile.get once did, and no report was ever counted by department).
 */
class SlackScopesTests {

    private static final Path GATEWAY = Path.of("src/main/java/org/csirtbot/slack/gateway");
    private static final Pattern METHOD = Pattern.compile(
            "\"((?:auth|chat|conversations|pins|reactions|usergroups|users|views)\\.[a-zA-Z.]+)\"");

    /** The bot scopes each method needs (docs.slack.dev, method pages), for public and private rooms alike. */
    private static final Map<String, List<String>> NEEDS = Map.ofEntries(
            Map.entry("auth.test", List.of()),
            Map.entry("chat.getPermalink", List.of()),
            Map.entry("chat.postEphemeral", List.of("chat:write")),
            Map.entry("chat.postMessage", List.of("chat:write")),
            Map.entry("chat.update", List.of("chat:write")),
            Map.entry("conversations.archive", List.of("channels:manage", "groups:write")),
            Map.entry("conversations.create", List.of("channels:manage", "groups:write")),
            Map.entry("conversations.history", List.of("channels:history", "groups:history", "im:history")),
            Map.entry("conversations.info", List.of("channels:read", "groups:read")),
            Map.entry("conversations.invite", List.of("channels:manage", "groups:write")),
            Map.entry("conversations.list", List.of("channels:read", "groups:read")),
            Map.entry("conversations.members", List.of("channels:read", "groups:read")),
            Map.entry("conversations.open", List.of("im:write")),
            Map.entry("conversations.replies", List.of("channels:history", "groups:history")),
            Map.entry("conversations.setPurpose", List.of("channels:manage", "groups:write")),
            Map.entry("conversations.setTopic", List.of("channels:manage", "groups:write")),
            Map.entry("pins.add", List.of("pins:write")),
            Map.entry("pins.remove", List.of("pins:write")),
            Map.entry("usergroups.users.list", List.of("usergroups:read")),
            Map.entry("users.info", List.of("users:read")),
            Map.entry("users.profile.get", List.of("users.profile:read")),
            Map.entry("views.open", List.of()),
            Map.entry("views.push", List.of()),
            Map.entry("views.update", List.of()));

    @Test
    void theManifestGrantsEveryScopeOfEveryMethodTheGatewayCalls() throws IOException {
        Set<String> called = calledMethods();
        List<String> granted = new ArrayList<>();
        new ObjectMapper(new YAMLFactory()).readTree(Path.of("slack-app-manifest.yml").toFile())
                .at("/oauth_config/scopes/bot").forEach(scope -> granted.add(scope.asText()));

        assertThat(called).as("methods the gateway calls").contains("chat.postMessage", "users.profile.get");
        assertThat(NEEDS).as("a method the gateway calls whose scopes this test does not know")
                .containsKeys(called.toArray(String[]::new));
        called.forEach(method -> assertThat(granted).as(method).containsAll(NEEDS.get(method)));
    }

    /** Slack's file_input element (the report form's mail attachment) needs files:read (docs.slack.dev, the element). */
    @Test
    void aFormWithAFileInputHasFilesRead() throws IOException {
        String form = Files.readString(Path.of("src/main/java/org/csirtbot/report/slack/ReportedMailField.java"));
        List<String> granted = new ArrayList<>();
        new ObjectMapper(new YAMLFactory()).readTree(Path.of("slack-app-manifest.yml").toFile())
                .at("/oauth_config/scopes/bot").forEach(scope -> granted.add(scope.asText()));

        assertThat(form).contains("FileInputElement");
        assertThat(granted).contains("files:read");
    }

    private static Set<String> calledMethods() throws IOException {
        Set<String> methods = new TreeSet<>();
        try (Stream<Path> sources = Files.list(GATEWAY)) {
            for (Path source : sources.toList()) {
                Matcher found = METHOD.matcher(Files.readString(source));
                while (found.find()) {
                    methods.add(found.group(1));
                }
            }
        }
        return methods;
    }
}

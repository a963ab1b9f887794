package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code bot/slack-app-manifest.yml} against Slack's published manifest JSON Schema (copied under
 * {@code src/test/resources/slack/manifest/}) and pins what the app asks Slack for.
 */
class SlackAppManifestTests {

    private static final Path MANIFEST = Path.of("slack-app-manifest.yml");

    /** Where the shipped dispatcher schema points for the versioned schemas. */
    private static final String UPSTREAM_PREFIX = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/";

    private static final String LOCAL_PREFIX = "classpath:slack/manifest/";

    private static final List<String> BOT_SCOPES = List.of(
            "commands",
            "chat:write",
            "chat:write.public",
            "channels:manage",
            "groups:write",
            "pins:write",
            "users:read",
            "users.profile:read",
            "files:read",
            "usergroups:read",
            "channels:read",
            "groups:read",
            "channels:history",
            "groups:history",
            "im:write",
            "im:history",
            "reactions:read");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchemaFactory schemaFactory;
    private static JsonSchema schema;

    private JsonNode manifest;

    @BeforeAll
    static void loadSchemaFromTheClasspathOnly() {
        // Slack's schema uses two non-standard keywords: "_note" (a comment) and "regex" (on
        // background_color, presumably meant as "pattern"). Neither validates anything; declaring
        // them keeps the validator from warning about them on every run.
        JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keyword(new NonValidationKeyword("_note"))
                .keyword(new NonValidationKeyword("regex"))
                .build();
        schemaFactory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                .metaSchema(draft7)
                .schemaMappers(mappers -> mappers.mapPrefix(UPSTREAM_PREFIX, LOCAL_PREFIX))
                // Runs before the default loaders: anything not mapped to the classpath is refused,
                // so a missing copy fails the test instead of being fetched from GitHub.
                .schemaLoaders(loaders -> loaders.add(
                        new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
        schema = schemaFactory.getSchema(SchemaLocation.of(LOCAL_PREFIX + "manifest.schema.json"));
    }

    @BeforeEach
    void readManifest() throws IOException {
        manifest = YAML.readTree(MANIFEST.toFile());
    }

    @Test
    void manifestIsValidAgainstSlacksPublishedSchema() {
        assertThat(messages(schema.validate(manifest))).isEmpty();
        assertThat(manifest.at("/_metadata/major_version").asInt()).isEqualTo(1);
    }

    @Test
    void declaresReportForEveryoneAndIncidentForResponders() {
        JsonNode commands = manifest.at("/features/slash_commands");

        assertThat(commands).hasSize(2);
        JsonNode report = command(commands, "/report");
        assertThat(report.path("description").asText()).isEqualTo("Report a suspected security incident");
        assertThat(report.path("usage_hint").asText()).isEqualTo("[what happened]");
        assertThat(report.path("should_escape").isBoolean()).isTrue();
        assertThat(report.path("should_escape").asBoolean()).isFalse();

        JsonNode incident = command(commands, "/incident");
        assertThat(incident.path("description").asText()).contains("CSIRT responders");
        String hint = incident.path("usage_hint").asText();
        assertThat(hint).startsWith("declare [title] | list |").endsWith("| hold/release <reason> | verify | help");
        assertThat(subcommandNames()).as("every subcommand is in the hint").hasSizeGreaterThan(15)
                .allSatisfy(name -> assertThat(hint).containsPattern("(^|\\| )" + name + "( |$)"));
        assertThat(incident.path("should_escape").isBoolean()).isTrue();
        assertThat(incident.path("should_escape").asBoolean()).as("mentions must arrive as user IDs").isTrue();
    }

    @Test
    void declaresReportToCsirtOnMessagesAndFromAnywhere() {
        JsonNode shortcuts = manifest.at("/features/shortcuts");

        assertThat(shortcuts).hasSize(2);
        assertThat(shortcuts).anySatisfy(s -> {
            assertThat(s.path("type").asText()).isEqualTo("message");
            assertThat(s.path("callback_id").asText()).isEqualTo("report_message");
            assertThat(s.path("name").asText()).isEqualTo("Report to CSIRT");
        });
        assertThat(shortcuts).anySatisfy(s -> {
            assertThat(s.path("type").asText()).isEqualTo("global");
            assertThat(s.path("callback_id").asText()).isEqualTo("report_global");
            assertThat(s.path("name").asText()).isEqualTo("Report to CSIRT");
        });
    }

    @Test
    void runsOverSocketModeWithInteractivityAndNoRequestUrls() {
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/settings/interactivity/request_url").isMissingNode()).isTrue();
        manifest.at("/features/slash_commands")
                .forEach(command -> assertThat(command.has("url")).as(command.path("command").asText()).isFalse());
    }

    @Test
    void subscribesOnlyToTheEventsOfTheTimelineAndTheReportReactionWithoutARequestUrl() {
        List<String> events = new ArrayList<>();
        manifest.at("/settings/event_subscriptions/bot_events").forEach(event -> events.add(event.asText()));

        assertThat(events).containsExactlyInAnyOrder("reaction_added", "message.channels", "message.groups");
        assertThat(manifest.at("/settings/event_subscriptions/request_url").isMissingNode()).isTrue();
        assertThat(manifest.at("/settings/event_subscriptions/user_events").isMissingNode()).isTrue();
    }

    @Test
    void asksForExactlyTheBotScopesItUses() {
        List<String> scopes = new ArrayList<>();
        manifest.at("/oauth_config/scopes/bot").forEach(scope -> scopes.add(scope.asText()));

        assertThat(scopes).containsExactlyInAnyOrderElementsOf(BOT_SCOPES);
        assertThat(manifest.at("/oauth_config/scopes/user").isMissingNode()).isTrue();
    }

    @Test
    void hasABotUserThatIsAlwaysOnline() {
        assertThat(manifest.at("/display_information/name").asText()).isEqualTo("csirtbot");
        assertThat(manifest.at("/features/bot_user/display_name").asText()).isEqualTo("csirtbot");
        assertThat(manifest.at("/features/bot_user/always_online").asBoolean()).isTrue();
    }

    @Test
    void rejectsASlashCommandWithoutDescription() {
        JsonNode broken = brokenCopy(copy -> slashCommand(copy, "/report").remove("description"));

        assertThat(messages(schema.validate(broken)))
                .anyMatch(message -> message.contains("features.slash_commands[0]")
                        && message.contains("description"));
    }

    @Test
    void rejectsACommandThatDoesNotStartWithASlash() {
        JsonNode broken = brokenCopy(copy -> slashCommand(copy, "/incident").put("command", "incident"));

        assertThat(messages(schema.validate(broken)))
                .anyMatch(message -> message.contains("features.slash_commands[1].command"));
    }

    @Test
    void rejectsAnUnknownSettingsKey() {
        JsonNode broken = brokenCopy(copy -> ((ObjectNode) copy.get("settings")).put("socket_mode", true));

        assertThat(messages(schema.validate(broken))).anyMatch(message -> message.contains("socket_mode"));
    }

    @Test
    void neverLoadsASchemaFromTheNetwork() {
        assertThatThrownBy(() -> schemaFactory.getSchema(
                        SchemaLocation.of("https://raw.githubusercontent.com/slackapi/manifest-schema/main/manifest.schema.json")))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageContaining("not allowed to be loaded");
    }

    private JsonNode brokenCopy(Consumer<JsonNode> breakIt) {
        JsonNode copy = manifest.deepCopy();
        breakIt.accept(copy);
        // The unbroken manifest is valid (see above), so any error comes from the change.
        return copy;
    }

    private static ObjectNode slashCommand(JsonNode manifest, String name) {
        return (ObjectNode) command(manifest.at("/features/slash_commands"), name);
    }

    private static JsonNode command(JsonNode commands, String name) {
        assertThat(commands).isInstanceOf(ArrayNode.class);
        for (JsonNode command : commands) {
            if (name.equals(command.path("command").asText())) {
                return command;
            }
        }
        throw new AssertionError("no slash command " + name + " in " + commands);
    }

    private static List<String> messages(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    /** The names of the {@code /incident} subcommands, as their classes return them from {@code name()}. */
    private static Set<String> subcommandNames() {
        Pattern name = Pattern.compile("String name\\(\\)\\s*\\{\\s*return \"(\\w+)\";");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith("Subcommand.java")).toList()) {
                Matcher found = name.matcher(Files.readString(source));
                while (found.find()) {
                    names.add(found.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}

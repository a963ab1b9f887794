package org.csirtbot.summary.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.time.ReadableTimes;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.slack.Texts;
import org.csirtbot.summary.Audience;
import org.csirtbot.summary.DisplayPolicy;
import org.csirtbot.summary.IncidentPicture;
import org.csirtbot.summary.SummaryField;
import org.csirtbot.updates.StatusUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;

/**
 * The display policy, cell by cell: for every place an incident is shown (its room, the executive channel's summary,
 * the digest, a reporter's thank-you), every TLP, confidential or not, and every field, whether what is written there
 * shows the field. Each field has a marker only it puts in the text.
 */
class DisplayPolicyMatrixTests {

    private static final Gson JSON = GsonFactory.createSnakeCase();
    private static final Locale EN = Locale.ENGLISH;

    /** Where an incident is shown. */
    enum Place { ROOM, EXECUTIVE_CHANNEL, DIGEST, REPORTER }

    private static final String ALL = "ID TITLE SEVERITY STATUS COMMANDER TLP CATEGORY UPDATE DECISIONS CLOCKS NEXT_UPDATE OUTCOME ROOM";
    private static final String BARE = "ID SEVERITY STATUS COMMANDER";
    private static final String DIGEST_ALL = "ID TITLE SEVERITY STATUS COMMANDER CLOCKS NEXT_UPDATE";

    /** Place, TLP, confidential, the fields shown. */
    private static final String MATRIX = """
            ROOM              CLEAR        false  ALL
            ROOM              CLEAR        true   ALL
            ROOM              GREEN        false  ALL
            ROOM              GREEN        true   ALL
            ROOM              AMBER        false  ALL
            ROOM              AMBER        true   ALL
            ROOM              AMBER_STRICT false  ALL
            ROOM              AMBER_STRICT true   ALL
            ROOM              RED          false  ALL
            ROOM              RED          true   ALL
            EXECUTIVE_CHANNEL CLEAR        false  ALL
            EXECUTIVE_CHANNEL CLEAR        true   BARE
            EXECUTIVE_CHANNEL GREEN        false  ALL
            EXECUTIVE_CHANNEL GREEN        true   BARE
            EXECUTIVE_CHANNEL AMBER        false  ALL
            EXECUTIVE_CHANNEL AMBER        true   BARE
            EXECUTIVE_CHANNEL AMBER_STRICT false  BARE
            EXECUTIVE_CHANNEL AMBER_STRICT true   BARE
            EXECUTIVE_CHANNEL RED          false  BARE
            EXECUTIVE_CHANNEL RED          true   BARE
            DIGEST            CLEAR        false  DIGEST_ALL
            DIGEST            CLEAR        true   BARE
            DIGEST            GREEN        false  DIGEST_ALL
            DIGEST            GREEN        true   BARE
            DIGEST            AMBER        false  DIGEST_ALL
            DIGEST            AMBER        true   BARE
            DIGEST            AMBER_STRICT false  BARE
            DIGEST            AMBER_STRICT true   BARE
            DIGEST            RED          false  BARE
            DIGEST            RED          true   BARE
            REPORTER          CLEAR        false  ID TITLE OUTCOME
            REPORTER          CLEAR        true   ID
            REPORTER          GREEN        false  ID TITLE OUTCOME
            REPORTER          GREEN        true   ID
            REPORTER          AMBER        false  ID OUTCOME
            REPORTER          AMBER        true   ID
            REPORTER          AMBER_STRICT false  ID
            REPORTER          AMBER_STRICT true   ID
            REPORTER          RED          false  ID
            REPORTER          RED          true   ID
            """;
    static final int CELLS = 4 * 5 * 2 * 13;

    /** What only this field writes, where it is written. */
    private static final Map<SummaryField, List<String>> MARKERS = Map.ofEntries(
            Map.entry(SummaryField.ID, List.of("INC-2026-0042")),
            Map.entry(SummaryField.TITLE, List.of("Ransomware at the Osaka plant")),
            Map.entry(SummaryField.SEVERITY, List.of("S2 High")),
            Map.entry(SummaryField.STATUS, List.of("Containing", "Closed")),
            Map.entry(SummaryField.COMMANDER, List.of("<@UCOMMAND1>")),
            Map.entry(SummaryField.TLP, List.of("TLP:")),
            Map.entry(SummaryField.CATEGORY, List.of("Malware or odd behaviour")),
            Map.entry(SummaryField.UPDATE, List.of("File servers isolated")),
            Map.entry(SummaryField.DECISIONS, List.of("Restore from backup?")),
            Map.entry(SummaryField.CLOCKS, List.of("APPI preliminary report", "1 clocks running")),
            Map.entry(SummaryField.NEXT_UPDATE, List.of("2026-12-08 11:00 JST (+09:00)")),
            Map.entry(SummaryField.OUTCOME, List.of("Encrypted by a partner VPN intrusion", "It has been resolved")),
            Map.entry(SummaryField.ROOM, List.of("<#CROOM0042>")));

    private final Texts texts = new Texts(messages());
    private final ReadableTimes times = new ReadableTimes(ZoneId.of("Asia/Tokyo"));
    private final SummaryBlocks blocks = new SummaryBlocks(texts, times);
    private final ShortForms forms = new ShortForms(texts, times);

    static Stream<Arguments> cells() {
        return rows().flatMap(row -> Arrays.stream(SummaryField.values()).map(field -> Arguments.of(
                Place.valueOf(row.get(0)), Tlp.valueOf(row.get(1)), Boolean.parseBoolean(row.get(2)), field,
                shown(row.subList(3, row.size())).contains(field))));
    }

    @ParameterizedTest(name = "{0} {1} confidential={2} {3}: shown {4}")
    @MethodSource("cells")
    void eachPlaceShowsAFieldOnlyWhenThePolicyLetsIt(Place place, Tlp tlp, boolean confidential, SummaryField field,
                                                     boolean shown) {
        String written = written(place, tlp, confidential, field == SummaryField.OUTCOME);

        boolean found = MARKERS.get(field).stream().anyMatch(written::contains);

        assertThat(found).as("%s %s confidential=%s %s in:%n%s", place, tlp, confidential, field, written)
                .isEqualTo(shown);
    }

    @Test
    void theMatrixHasARowForEveryPlaceTlpAndConfidentialityAndEveryFieldItsMarker() {
        assertThat(rows().map(r -> r.subList(0, 3)).distinct()).hasSize(4 * 5 * 2);
        assertThat(cells()).hasSize(CELLS);
        assertThat(MARKERS.keySet()).containsExactlyInAnyOrder(SummaryField.values());
    }

    @Test
    void aConfiguredPolicyIsFollowedAndAConfidentialIncidentShowsOnlyWhatBothItsClassesAllow() {
        DisplayPolicy policy = new DisplayPolicy(Map.of("amber", List.of(SummaryField.SEVERITY, SummaryField.TITLE),
                "confidential", List.of(SummaryField.TITLE)), Map.of("AMBER+STRICT", List.of()));

        assertThat(policy.shown(Audience.EXECUTIVES, Tlp.AMBER, false))
                .containsExactlyInAnyOrder(SummaryField.ID, SummaryField.SEVERITY, SummaryField.TITLE);
        assertThat(policy.shown(Audience.EXECUTIVES, Tlp.AMBER, true))
                .containsExactlyInAnyOrder(SummaryField.ID, SummaryField.TITLE);
        assertThat(policy.shown(Audience.EXECUTIVES, Tlp.RED, true)).containsExactly(SummaryField.ID);
        assertThat(policy.shown(Audience.REPORTERS, Tlp.AMBER_STRICT, false)).containsExactly(SummaryField.ID);
        assertThat(policy.shown(Audience.REPORTERS, Tlp.GREEN, false))
                .containsExactlyInAnyOrder(SummaryField.ID, SummaryField.TITLE, SummaryField.OUTCOME);
    }

    @Test
    void thePolicyIsSetByEnvironmentVariablesAsTheReadmeSays() {
        var environment = new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                "CSIRTBOT_DISPLAY_EXECUTIVES_AMBER_STRICT", "id,title,severity",
                "CSIRTBOT_DISPLAY_REPORTERS_GREEN", "id"));
        DisplayPolicy policy = new Binder(ConfigurationPropertySources.from(environment))
                .bind("csirtbot.display", DisplayPolicy.class).get();

        assertThat(policy.shown(Audience.EXECUTIVES, Tlp.AMBER_STRICT, false))
                .containsExactlyInAnyOrder(SummaryField.ID, SummaryField.TITLE, SummaryField.SEVERITY);
        assertThat(policy.shown(Audience.REPORTERS, Tlp.GREEN, false)).containsExactly(SummaryField.ID);
        assertThat(policy.shown(Audience.EXECUTIVES, Tlp.RED, false)).as("the rest keeps its default")
                .containsExactlyInAnyOrder(SummaryField.ID, SummaryField.SEVERITY, SummaryField.STATUS,
                        SummaryField.COMMANDER);
    }

    private String written(Place place, Tlp tlp, boolean confidential, boolean closed) {
        IncidentPicture picture = picture(tlp, confidential, closed);
        Incident incident = picture.incident();
        return switch (place) {
            case ROOM -> blocks.text(EN, picture, EnumSet.allOf(SummaryField.class));
            case EXECUTIVE_CHANNEL -> {
                Set<SummaryField> shown = DisplayPolicy.DEFAULT.shown(Audience.EXECUTIVES, incident);
                // as Slack reads it: Gson writes the angle brackets of mentions as unicode escapes
                yield blocks.fallback(EN, picture, shown) + JSON.toJson(blocks.blocks(EN, picture, shown))
                        .replace("\\u003c", "<").replace("\\u003e", ">");
            }
            case DIGEST -> forms.digestLine(EN, picture, DisplayPolicy.DEFAULT.shown(Audience.EXECUTIVES, incident));
            case REPORTER -> forms.thanks(EN, incident, "RPT-2026-000042",
                    DisplayPolicy.DEFAULT.shown(Audience.REPORTERS, incident));
        };
    }

    /** An incident with something to show for every field; closed (with its outcome) or open. */
    static IncidentPicture picture(Tlp tlp, boolean confidential, boolean closed) {
        Instant declared = Instant.parse("2026-12-07T23:30:00Z");
        Instant closedAt = declared.plusSeconds(5 * 3600);
        Incident incident = new Incident("INC-2026-0042", "Ransomware at the Osaka plant", Severity.S2,
                ReportCategory.MALWARE, tlp, confidential, closed ? IncidentStatus.CLOSED : IncidentStatus.CONTAINING,
                "UCOMMAND1", "UCOMMAND1", declared, null, List.of("RPT-2026-000042"), false,
                new Incident.Room("CROOM0042", "inc-2026-0042", false, List.of(), true, "1.1", true),
                List.of(new Incident.Phase(closed ? IncidentStatus.CLOSED : IncidentStatus.CONTAINING,
                        closed ? closedAt : declared, null)), List.of(),
                closed ? new Incident.Closure(Map.of("what_happened", "Encrypted by a partner VPN intrusion"), null)
                        : Incident.Closure.NONE, Incident.Retention.NONE);
        StatusUpdate update = new StatusUpdate(7, "UCOMMAND1", declared.plusSeconds(600), "File servers isolated",
                "Production stopped", "Restoring", "Forensics", "Legal review", null);
        return new IncidentPicture(incident, update,
                List.of(new IncidentPicture.Decision("DEC-1", "Restore from backup?", "Yes")),
                List.of(new IncidentPicture.Clock("APPI preliminary report", declared.plusSeconds(3 * 86400), false)),
                Instant.parse("2026-12-08T02:00:00Z"), closed ? closedAt : null);
    }

    private static Stream<List<String>> rows() {
        return MATRIX.lines().filter(l -> !l.isBlank()).map(l -> List.of(l.strip().split("\\s+")));
    }

    private static Set<SummaryField> shown(List<String> names) {
        String joined = String.join(" ", names).replace("DIGEST_ALL", DIGEST_ALL).replace("ALL", ALL)
                .replace("BARE", BARE);
        return Arrays.stream(joined.split(" ")).map(SummaryField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SummaryField.class)));
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}

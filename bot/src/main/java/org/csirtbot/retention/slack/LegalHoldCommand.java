package org.csirtbot.retention.slack;

import java.time.Instant;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.retention.HoldReleases;
import org.csirtbot.retention.LegalHolds;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackConfigured;
import org.csirtbot.slack.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident hold <reason>} and {@code /incident release <reason>} in an incident's room, closed incidents
 * too: sets legal hold (nothing of a held incident is purged), or asks for its release, which someone else's
 * {@code release} approves ({@link HoldReleases}); each logged with the reason, which is required.
 */
@SlackComponent
class LegalHoldCommand {

    private final RoomCommands room;
    private final LegalHolds holds;
    private final HoldReleases releases;
    private final Texts texts;

    LegalHoldCommand(RoomCommands room, LegalHolds holds, HoldReleases releases, Texts texts) {
        this.room = room;
        this.holds = holds;
        this.releases = releases;
        this.texts = texts;
    }

    Response handle(IncidentSubcommand.Invocation invocation, SlashCommandContext ctx, boolean hold) {
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.LEGAL_HOLD, "hold.recording",
                "hold.not-recorded", (incident, locale) -> change(incident, invocation, hold, locale)));
    }

    private String change(Incident incident, IncidentSubcommand.Invocation invocation, boolean hold, Locale locale) {
        String reason = invocation.argument().strip();
        if (reason.isEmpty()) {
            return texts.get(locale, hold ? "hold.reason-missing" : "release.reason-missing");
        }
        if (!LegalHolds.fits(reason)) {
            return texts.get(locale, "hold.too-long", LegalHolds.REASON_MAX);
        }
        String id = Mrkdwn.escape(incident.id());
        if (!hold) {
            return release(id, releases.release(incident.id(), reason, invocation.userId()), locale);
        }
        LegalHolds.HoldChange change = holds.change(incident.id(), true, reason, invocation.userId());
        Incident.Retention now = change.incident().retention();
        return switch (change.outcome()) {
            case CHANGED -> texts.get(locale, "hold.set", id, String.valueOf(change.entry().seq()));
            case ALREADY -> texts.get(locale, "hold.already-held", id, date(now.holdSince()));
            case PURGED -> purged(id, now, locale);
        };
    }

    private String release(String id, HoldReleases.Release release, Locale locale) {
        return switch (release.step()) {
            case REQUESTED -> texts.get(locale, "release.requested", id, String.valueOf(release.request().seq()));
            case ASKED_BY_YOU -> texts.get(locale, "release.asked-by-you", id);
            case RELEASED -> texts.get(locale, "hold.released", id, String.valueOf(release.release().seq()));
            case NOT_HELD -> texts.get(locale, "hold.not-held", id);
            case PURGED -> purged(id, release.incident().retention(), locale);
        };
    }

    private String purged(String id, Incident.Retention now, Locale locale) {
        return texts.get(locale, "hold.purged", id, date(now.purgedAt()), Mrkdwn.escape(now.purgeRule()));
    }

    /** {@code hold} and {@code release}: one subcommand each, both this command. */
    record Subcommand(String name, boolean hold, LegalHoldCommand command) implements IncidentSubcommand {

        @Override
        public Response handle(Invocation invocation, SlashCommandContext ctx) {
            return command.handle(invocation, ctx, hold);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(SlackConfigured.class)
    static class Subcommands {

        @Bean
        IncidentSubcommand holdSubcommand(LegalHoldCommand command) {
            return new Subcommand("hold", true, command);
        }

        @Bean
        IncidentSubcommand releaseSubcommand(LegalHoldCommand command) {
            return new Subcommand("release", false, command);
        }
    }

    /** A time as Slack shows it in the reader's own time zone. */
    private static String date(Instant at) {
        return at == null ? "—" : "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + at + ">";
    }
}

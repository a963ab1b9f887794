package org.csirtbot.summary.slack;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.incident.Incidents;
import org.csirtbot.summary.IncidentPicture;
import org.csirtbot.summary.IncidentPictures;
import org.csirtbot.summary.SummaryField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident summary} in a room: the incident as the room sees it, to the asker alone; {@code post} posts it in
 * the room (logged); {@code exec} brings its executive channel summary up to date now. Outside a room,
 * {@code /incident summary exec} posts the digest of all open incidents to the executive channel (responders only).
 */
@SlackComponent
class SummarySubcommand implements IncidentSubcommand {

    private static final Logger log = LoggerFactory.getLogger(SummarySubcommand.class);

    private final RoomCommands room;
    private final Incidents incidents;
    private final IncidentPictures pictures;
    private final SummaryBlocks blocks;
    private final ExecutiveSummaries executives;
    private final DailyDigest digest;
    private final Permissions permissions;
    private final StoreWithinAck store;
    private final SlackGateway slack;
    private final IncidentLog incidentLog;
    private final Texts texts;
    private final Executor work;

    SummarySubcommand(RoomCommands room, Incidents incidents, IncidentPictures pictures, SummaryBlocks blocks,
                      ExecutiveSummaries executives, DailyDigest digest, Permissions permissions, StoreWithinAck store,
                      SlackGateway slack, IncidentLog incidentLog, Texts texts, @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.incidents = incidents;
        this.pictures = pictures;
        this.blocks = blocks;
        this.executives = executives;
        this.digest = digest;
        this.permissions = permissions;
        this.store = store;
        this.slack = slack;
        this.incidentLog = incidentLog;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String how = invocation.argument().strip().toLowerCase(Locale.ROOT);
        Locale locale = invocation.locale();
        if (!how.isEmpty() && !how.equals("post") && !how.equals("exec")) {
            return ctx.ack(texts.get(locale, "summary.usage"));
        }
        if (how.equals("exec")) {
            var inRoom = store.attempt(() -> incidents.inChannel(invocation.channelId()).isPresent());
            if (!inRoom.failed() && !inRoom.late() && !inRoom.value()) {
                return ctx.ack(digest(invocation));
            }
        }
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.READ_INCIDENT, "summary.pending",
                "error.not-read", (incident, l) -> answer(invocation, incident, how, l)));
    }

    private String answer(Invocation invocation, Incident incident, String how, Locale locale) {
        IncidentPicture picture = pictures.of(incident, locale);
        var all = EnumSet.allOf(SummaryField.class);
        switch (how) {
            case "post" -> work.execute(() -> post(invocation, picture));
            case "exec" -> {
                if (!digest.channelSet()) {
                    return texts.get(locale, "summary.exec.no-channel");
                }
                if (!incident.reachesExecutives()) {
                    return texts.get(locale, "summary.exec.kept-apart", incident.id());
                }
                work.execute(() -> executives.show(incident.id()));
                return texts.get(locale, "summary.exec.updating", incident.id());
            }
            default -> {
                return blocks.text(locale, picture, all);
            }
        }
        return texts.get(locale, "summary.posting", incident.id());
    }

    private void post(Invocation invocation, IncidentPicture picture) {
        Incident incident = picture.incident();
        try {
            var all = EnumSet.allOf(SummaryField.class);
            String ts = slack.postMessage(SideEffectKey.of("summary-post", incident.id(), invocation.triggerId()),
                    invocation.channelId(), blocks.fallback(invocation.locale(), picture, all),
                    blocks.blocks(invocation.locale(), picture, all));
            incidentLog.append(incident.id(), invocation.userId(), LogKind.SUMMARY_PUBLISHED,
                    Map.of("channel", invocation.channelId(), "ts", ts));
        } catch (RuntimeException e) {
            log.warn("Could not post the summary of {} in its room: {}", incident.id(), e.toString());
        }
    }

    private String digest(Invocation invocation) {
        Locale locale = invocation.locale();
        if (permissions.refusal(invocation.userId(), CsirtAction.DECLARE, null, locale) != null) {
            return texts.get(locale, "summary.digest.responders-only");
        }
        if (!digest.channelSet()) {
            return texts.get(locale, "summary.exec.no-channel");
        }
        work.execute(() -> digest.postNow(invocation.userId()));
        return texts.get(locale, "summary.digest.posting");
    }
}

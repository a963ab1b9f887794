package org.csirtbot.indicators.slack;

import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.indicators.IndicatorRegistry;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident ioc}: {@code add <type> <value> [tlp] [pap]} in an incident's room (responders; a restricted
 * incident's only in its room, not once closed), logged; {@code list} in a room lists its indicators to anyone there,
 * elsewhere the registry's most recently seen that a responder may see. Anything else is answered with how to use it,
 * and nothing is stored.
 */
@SlackComponent
class IocSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final IndicatorRegistry registry;
    private final IocList list;
    private final IocLines lines;
    private final Incidents incidents;
    private final Permissions permissions;
    private final StoreWithinAck store;
    private final Texts texts;

    IocSubcommand(RoomCommands room, IndicatorRegistry registry, IocList list, IocLines lines, Incidents incidents,
                  Permissions permissions, StoreWithinAck store, Texts texts) {
        this.room = room;
        this.registry = registry;
        this.list = list;
        this.lines = lines;
        this.incidents = incidents;
        this.permissions = permissions;
        this.store = store;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "ioc";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String[] words = invocation.argument().strip().split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        if (verb.equals("add")) {
            return add(invocation, ctx, words.length > 1 ? words[1] : "");
        }
        if (verb.equals("list") && words.length == 1) {
            return list(invocation, ctx);
        }
        return ctx.ack(usage(invocation.locale()));
    }

    private Response add(Invocation invocation, SlashCommandContext ctx, String rest) {
        Locale locale = invocation.locale();
        IocArguments read = IocArguments.read(rest);
        if (!read.ok()) {
            String problem = read.problemKey().equals("ioc.usage") ? ""
                    : texts.get(locale, read.problemKey(), read.problemArgs().toArray()) + "\n";
            return ctx.ack(problem + usage(locale));
        }
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.TRACK_INDICATORS, "ioc.recording",
                "ioc.not-recorded", (incident, l) -> add(incident, read, invocation.userId(), l),
                invocation.argument()));
    }

    private String add(Incident incident, IocArguments read, String userId, Locale locale) {
        if (read.tlp() != null && incident.tlp().stricterThan(read.tlp())) {
            return texts.get(locale, "ioc.below-incident-tlp", read.tlp().label(), incident.id(),
                    incident.tlp().label());
        }
        IndicatorRegistry.Added added = registry.add(incident, read.observable(), read.tlp(), read.pap(), userId);
        var sighting = added.sighting();
        String also = lines.incidentsNamed(added.indicator(), incident.id(), lines.readableBy(userId));
        return texts.get(locale, added.newToIncident() ? "ioc.added" : "ioc.updated",
                IocLines.shown(read.observable()), sighting.tlp().label(), sighting.pap().label(), incident.id(),
                String.valueOf(added.entry().seq()))
                + (also.isEmpty() ? "" : "\n" + texts.get(locale, "ioc.also-in", also))
                + (added.indicator().mayBeLookedUpOutside() ? "" : "\n" + texts.get(locale, "ioc.pap-red"));
    }

    private Response list(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        var answered = store.attempt(() -> {
            Incident incident = incidents.inChannel(invocation.channelId()).orElse(null);
            if (incident != null) {
                String refusal = permissions.refusalIn(invocation.channelId(), invocation.userId(),
                        CsirtAction.READ_INCIDENT, incident, locale);
                return refusal != null ? text(refusal) : list.ofRoom(incident, invocation.userId(), locale);
            }
            String refusal = permissions.refusal(invocation.userId(), CsirtAction.TRACK_INDICATORS, null, locale);
            return refusal != null ? text(refusal) : list.ofRegistry(invocation.userId(), locale);
        });
        if (answered.failed() || answered.late()) {
            return ctx.ack(texts.get(locale, "error.not-read"));
        }
        IocList.Listed listed = answered.value();
        return listed.blocks() == null ? ctx.ack(listed.text())
                : ctx.ack(r -> r.responseType("ephemeral").text(listed.text()).blocks(listed.blocks()));
    }

    private static IocList.Listed text(String text) {
        return new IocList.Listed(text, null);
    }

    private String usage(Locale locale) {
        return texts.get(locale, "ioc.usage", Mrkdwn.escape(IocArguments.typeCodes()));
    }
}

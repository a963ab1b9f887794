package org.csirtbot.summary.slack;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.time.ReadableTimes;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.summary.Audience;
import org.csirtbot.summary.DisplayPolicy;
import org.csirtbot.summary.ExecSummaryProperties;
import org.csirtbot.summary.IncidentPictures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import com.slack.api.model.block.LayoutBlock;

/**
 * Once a day at {@link ExecSummaryProperties#digestAt()} in the organisation's zone, a digest of every open incident in
 * the executive channel, most severe first, each as the {@link DisplayPolicy} lets executives see it; on demand with
 * {@code /incident summary exec} outside a room. The day's digest is keyed by its date, so a restart posts it once.
 */
@SlackComponent
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    /** Incidents a section lists: well within Slack's 3,000 characters a section. */
    static final int PER_SECTION = 10;
    /** Sections a digest holds, within Slack's 50 blocks a message; more incidents are counted. */
    static final int SECTIONS = 45;

    private final SlackGateway slack;
    private final Incidents incidents;
    private final IncidentPictures pictures;
    private final DisplayPolicy policy;
    private final ShortForms forms;
    private final Texts texts;
    private final ReadableTimes times;
    private final ExecSummaryProperties properties;
    private final Clock clock;
    private final Locale locale;
    private final String channel;

    DailyDigest(SlackGateway slack, Incidents incidents, IncidentPictures pictures, DisplayPolicy policy, ShortForms forms,
                Texts texts,
                ReadableTimes times, ExecSummaryProperties properties, CsirtbotProperties csirtbot, UserLocales locales,
                Clock clock) {
        this.slack = slack;
        this.incidents = incidents;
        this.pictures = pictures;
        this.policy = policy;
        this.forms = forms;
        this.texts = texts;
        this.times = times;
        this.properties = properties;
        this.clock = clock;
        this.locale = locales.fallback();
        this.channel = csirtbot.execChannel();
    }

    /** Posts today's digest once the day's time has come, if it is not posted yet. */
    @Scheduled(initialDelayString = "${csirtbot.exec-summary.digest-check:1m}",
            fixedDelayString = "${csirtbot.exec-summary.digest-check:1m}")
    void postWhenDue() {
        ZonedDateTime now = clock.instant().atZone(times.timeZone());
        if (channel != null && !now.toLocalTime().isBefore(properties.digestAt())) {
            post(SideEffectKey.of("exec-digest", channel, now.toLocalDate().toString()), now.toLocalDate());
        }
    }

    /** Whether an executive channel is set ({@code CSIRTBOT_EXEC_CHANNEL}). */
    boolean channelSet() {
        return channel != null;
    }

    /** Posts a digest now, as asked, when there is an executive channel. */
    void postNow(String askedBy) {
        if (channel == null) {
            return;
        }
        post(SideEffectKey.of("exec-digest-asked", channel, askedBy, String.valueOf(clock.millis())),
                clock.instant().atZone(times.timeZone()).toLocalDate());
    }

    private void post(SideEffectKey key, LocalDate day) {
        try {
            List<String> lines = incidents.open().stream().filter(Incident::reachesExecutives)
                    .sorted(Comparator.comparing(Incident::severity).thenComparing(Incident::declaredAt,
                            Comparator.reverseOrder()))
                    .map(this::line).toList();
            slack.postMessage(key, channel, texts.get(locale, "exec.digest.fallback", day.toString(), lines.size()),
                    blocks(day, lines));
        } catch (RuntimeException e) {
            log.warn("Could not post the digest {}: {}", key.value(), e.toString());
        }
    }

    private List<LayoutBlock> blocks(LocalDate day, List<String> lines) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(texts.get(locale, "exec.digest.title", day.toString())))));
        if (lines.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(texts.get(locale, "exec.digest.none")))));
        }
        for (int from = 0; from < lines.size() && blocks.size() <= SECTIONS; from += PER_SECTION) {
            String text = String.join("\n", lines.subList(from, Math.min(lines.size(), from + PER_SECTION)));
            blocks.add(section(s -> s.text(markdownText(text))));
        }
        int listed = Math.min(lines.size(), SECTIONS * PER_SECTION);
        if (listed < lines.size()) {
            blocks.add(section(s -> s.text(markdownText(texts.get(locale, "exec.digest.more", lines.size() - listed)))));
        }
        return blocks;
    }

    private String line(Incident incident) {
        return forms.digestLine(locale, pictures.of(incident, locale), policy.shown(Audience.EXECUTIVES, incident));
    }
}

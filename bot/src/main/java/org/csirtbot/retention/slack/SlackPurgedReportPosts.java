package org.csirtbot.retention.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.List;

import org.csirtbot.retention.PurgedReportPosts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a purged report's triage post, text, fields and buttons, by one line (chat.update through the outbox, so
 * a Slack that is down gets it later from recovery).
 */
@SlackComponent
class SlackPurgedReportPosts implements PurgedReportPosts {

    private static final Logger log = LoggerFactory.getLogger(SlackPurgedReportPosts.class);

    private final SlackGateway slack;
    private final Texts texts;
    private final UserLocales locales;

    SlackPurgedReportPosts(SlackGateway slack, Texts texts, UserLocales locales) {
        this.slack = slack;
        this.texts = texts;
        this.locales = locales;
    }

    @Override
    public void replaceWithTombstone(String reportId, String channel, String ts) {
        if (channel == null || ts == null) {
            return; // never posted
        }
        String line = texts.get(locales.fallback(), "retention.report-purged", Mrkdwn.escape(reportId));
        try {
            slack.updateMessage(SideEffectKey.of("triage-purged", reportId), channel, ts, line,
                    List.of(context(c -> c.elements(List.of(markdownText(line))))));
        } catch (RuntimeException e) {
            log.warn("The triage post of {} is not replaced yet (recovery sends it again): {}", reportId, e.getMessage());
        }
    }
}

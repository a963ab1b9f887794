package org.csirtbot.triage.slack;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.csirtbot.campaigns.Campaign;
import org.csirtbot.campaigns.CampaignChanged;
import org.csirtbot.campaigns.CampaignTriage;
import org.csirtbot.campaigns.Campaigns;
import org.csirtbot.incident.slack.GatheredChanges;
import org.csirtbot.report.Report;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

import com.slack.api.model.block.LayoutBlock;

/**
 * Keeps one message per campaign in the triage channel. Changes are gathered: one thread draws each changed campaign
 * as it is now, one at a time, as fast as Slack's tiers let the gateway go, so a wave of ten thousand reports costs a
 * few dozen updates, not ten thousand posts. A campaign's first report's own message, when already posted, becomes
 * the campaign's.
 */
@SlackComponent
class CampaignBoard implements SmartLifecycle, GatheredChanges {

    private static final Logger log = LoggerFactory.getLogger(CampaignBoard.class);

    private final Campaigns campaigns;
    private final CampaignTriage triageOfCampaigns;
    private final CampaignMessage message;
    private final SlackGateway slack;
    private final TriageChannel triage;
    private final String channel;
    private final Set<String> dirty = new LinkedHashSet<>();
    private final Map<String, String> shown = new ConcurrentHashMap<>();
    private volatile Thread worker;
    private boolean busy;

    CampaignBoard(Campaigns campaigns, CampaignTriage triageOfCampaigns, CampaignMessage message, SlackGateway slack,
                  TriageChannel triage, CsirtbotProperties properties) {
        this.triageOfCampaigns = triageOfCampaigns;
        this.campaigns = campaigns;
        this.message = message;
        this.slack = slack;
        this.triage = triage;
        this.channel = properties.triageChannel();
    }

    @EventListener
    void changed(CampaignChanged changed) {
        synchronized (dirty) {
            dirty.add(changed.campaignId());
            dirty.notifyAll();
        }
    }

    /** After a restart: every open campaign drawn again, in case a change was not shown before it stopped. */
    @EventListener(ApplicationReadyEvent.class)
    void redrawOpen() {
        campaigns.all().stream().filter(Campaign::isOpen).forEach(c -> changed(new CampaignChanged(c.id())));
    }

    /** Waits (a while) until every change gathered so far is shown: they are shown as fast as Slack allows. */
    @Override
    public void showGathered() {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        synchronized (dirty) {
            while ((!dirty.isEmpty() || busy) && worker != null && System.nanoTime() < until) {
                try {
                    dirty.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            String next;
            synchronized (dirty) {
                while (dirty.isEmpty()) {
                    try {
                        dirty.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                next = dirty.iterator().next();
                dirty.remove(next);
                busy = true;
            }
            try {
                if (campaigns.find(next).map(this::show).orElse(true) == Boolean.FALSE) {
                    later(next);
                }
            } catch (RuntimeException e) {
                log.warn("Could not show campaign {} in the triage channel: {}", next, e.toString());
            } finally {
                synchronized (dirty) {
                    busy = false;
                    dirty.notifyAll();
                }
            }
        }
    }

    /** Draws the campaign; false when it must wait for its first report's own post to land, to adopt it. */
    private boolean show(Campaign campaign) {
        if (channel == null || channel.isBlank()) {
            return true;
        }
        Report first = triageOfCampaigns.firstReportOf(campaign).orElse(null);
        List<LayoutBlock> blocks = message.blocks(triage.locale(), campaign, first);
        String text = message.fallback(triage.locale(), campaign);
        String fingerprint = SideEffectKey.fingerprint(text + blocks);
        if (fingerprint.equals(shown.get(campaign.id()))) {
            return true;
        }
        Optional<String> ts = Optional.ofNullable(campaign.triageTs()).or(() -> adopt(campaign, first));
        if (ts.isEmpty() && first != null && triage.posting(first.id())) {
            return false;
        }
        if (ts.isPresent() && first != null && first.triageTs() != null && !ts.get().equals(first.triageTs())) {
            triage.showOutcome(first, triage.groupedInto(campaign.id())); // posted on its own as the campaign began
        }
        if (ts.isPresent()) {
            slack.updateMessage(SideEffectKey.of("campaign-shown", campaign.id(), fingerprint), channel, ts.get(),
                    text, blocks);
        } else {
            String posted = slack.postMessage(SideEffectKey.of("campaign", campaign.id()), channel, text, blocks);
            triageOfCampaigns.recordTriagePost(campaign.id(), channel, posted);
        }
        shown.put(campaign.id(), fingerprint);
        return true;
    }

    /** Again a moment later: the others go first. */
    private void later(String campaignId) {
        synchronized (dirty) {
            dirty.add(campaignId);
            try {
                dirty.wait(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The first report's own triage message, if it was posted before the campaign began. */
    private Optional<String> adopt(Campaign campaign, Report first) {
        if (first == null || first.triageTs() == null || !channel.equals(first.triageChannel())) {
            return Optional.empty();
        }
        triageOfCampaigns.recordTriagePost(campaign.id(), channel, first.triageTs());
        return Optional.of(first.triageTs());
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::drain, "campaign-board");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}

package org.csirtbot.bench.wave;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.csirtbot.bench.harness.BotUnderTest;
import org.csirtbot.bench.harness.FakeSlack;
import org.csirtbot.bench.harness.Folders;
import org.csirtbot.bench.harness.Http;
import org.csirtbot.bench.harness.OpenLoop;
import org.csirtbot.bench.harness.Pause;
import org.csirtbot.bench.harness.Percentiles;
import org.csirtbot.bench.harness.ReportForms;
import org.csirtbot.bench.harness.RssPeak;
import org.csirtbot.bench.harness.SlackSigner;

/**
 * The phishing wave on the packaged bot: the fake Slack and the bot started as their own processes, a warm-up
 * (excluded), then the wave's signed submissions at a fixed rate; the triage channel watched until it shows every
 * report; every acknowledged report looked up through the API.
 */
public final class WaveBenchmark {

    private static final long THREE_SECONDS = 3_000_000_000L;

    private WaveBenchmark() {
    }

    public static WaveResult run(WaveSettings settings) {
        Path logs = settings.work().resolve("logs");
        Path data = settings.work().resolve("data");
        Folders.created(logs);
        Folders.emptied(data);
        try (FakeSlack slack = FakeSlack.start(settings.jar(), settings.latencyMs(), settings.seed(), logs);
             BotUnderTest bot = BotUnderTest.start(settings.jar(), settings.botJvmFlags(), slack.webApiUrl(), data, logs)) {
            warmUp(settings, slack, bot);
            WaveResult result = wave(settings, slack, bot);
            if (!settings.hold().isZero()) {
                System.out.printf("Holding: the bot's API on %s, the fake Slack's stats on %s, for %d s%n",
                        bot.slackEndpoint().replace("/slack/events", "/api/"), slack.webApiUrl()
                                .replace("/sandbox/api/", "/stats"), settings.hold().toSeconds());
                Pause.millis(settings.hold().toMillis());
            }
            return result;
        }
    }

    private static void warmUp(WaveSettings settings, FakeSlack slack, BotUnderTest bot) {
        if (settings.warmups() == 0) {
            return;
        }
        List<WaveMix.Planned> planned = WaveMix.warmup(settings.warmups());
        AckBook book = new AckBook(planned);
        OpenLoop sender = new OpenLoop(bot.slackEndpoint(), new SlackSigner(BotUnderTest.SIGNING_SECRET));
        sender.run(bodies(planned), settings.warmupPerSecond(), System.nanoTime(), Duration.ofSeconds(30),
                book::answered);
        long sent = System.nanoTime();
        long until = sent + settings.reflectWithin().toNanos();
        boolean shown; // every warm-up report in its campaign's count, those answered late included
        while (!(shown = TriageView.of(slack.stats(), FakeSlack.TRIAGE).largest() >= planned.size())
                && System.nanoTime() < until) {
            Pause.millis(250);
        }
        System.out.printf("Warm-up: %d of %d acknowledged with a report ID; the triage channel %s%n",
                book.named(), planned.size(), shown ? "showed them after "
                        + (System.nanoTime() - sent) / 1_000_000 + " ms" : "did not show them all");
        Pause.millis(settings.settle().toMillis());
    }

    private static WaveResult wave(WaveSettings settings, FakeSlack slack, BotUnderTest bot) {
        JsonNode before = slack.stats();
        long rssAtRest = RssPeak.rssMb(bot.pid());
        List<WaveMix.Planned> planned = WaveMix.wave(settings.reports(), settings.campaigns(), settings.noiseEvery(),
                settings.seed());
        List<String> bodies = bodies(planned);
        AckBook book = new AckBook(planned);
        OpenLoop sender = new OpenLoop(bot.slackEndpoint(), new SlackSigner(BotUnderTest.SIGNING_SECRET));
        long start = System.nanoTime() + 500_000_000L;
        List<OpenLoop.Ack> acks;
        long reflectedAt;
        long lastSent;
        List<WaveResult.Sample> timeline;
        long rssPeak;
        try (WaveWatch watch = new WaveWatch(slack, book, sender::sent, sender::answered, start, bot.pid(), 500)) {
            acks = sender.run(bodies, settings.perSecond(), start, Duration.ofSeconds(30), book::answered);
            lastSent = start + acks.stream().mapToLong(OpenLoop.Ack::sentNanos).max().orElse(0);
            long until = lastSent + settings.reflectWithin().toNanos();
            while (watch.reflectedAtNanos() < 0 && System.nanoTime() < until) {
                Pause.millis(100);
            }
            reflectedAt = watch.reflectedAtNanos();
            timeline = watch.samples();
            rssPeak = watch.rssPeakMb();
        }
        bot.checkAlive();
        book.write(settings.work().resolve("acks.csv"), acks);
        JsonNode after = slack.stats();
        List<String> problems = new ArrayList<>();
        Set<String> campaigns = new HashSet<>();
        int lost = lookUp(bot, book, acks, campaigns, problems);
        int incidents = bot.api("/api/incidents").body().size();
        return result(settings, planned, acks, book, before, after, lost, campaigns.size(), incidents,
                reflectedAt < 0 ? null : Duration.ofNanos(Math.max(0, reflectedAt - lastSent)), bot.startedIn(),
                rssAtRest, rssPeak, timeline, problems);
    }

    /** Every acknowledged report through the API: how many it does not know; the campaigns they are in. */
    private static int lookUp(BotUnderTest bot, AckBook book, List<OpenLoop.Ack> acks, Set<String> campaigns,
                              List<String> problems) {
        int lost = 0;
        for (OpenLoop.Ack ack : acks) {
            String id = book.reportIdOf(ack.index());
            if (id == null) {
                continue;
            }
            Http.Answer answer = bot.api("/api/reports/" + id);
            if (answer.status() != 200 || !id.equals(answer.body().path("id").asText())) {
                lost++;
                if (problems.size() < 20) {
                    problems.add(id + " was acknowledged but GET /api/reports/" + id + " answers " + answer.status());
                }
            } else if (answer.body().hasNonNull("campaignId")) {
                campaigns.add(answer.body().path("campaignId").asText());
            }
        }
        return lost;
    }

    private static WaveResult result(WaveSettings settings, List<WaveMix.Planned> planned, List<OpenLoop.Ack> acks,
                                     AckBook book, JsonNode before, JsonNode after, int lost, int campaigns,
                                     int incidents, Duration reflectedAfter, Duration readyIn, long rssAtRest,
                                     long rssPeak, List<WaveResult.Sample> timeline, List<String> problems) {
        int acknowledged = 0;
        int within = 0;
        int members = 0;
        int known = 0;
        List<Long> latencies = new ArrayList<>();
        for (OpenLoop.Ack ack : acks) {
            latencies.add(ack.latencyNanos());
            if (book.reportIdOf(ack.index()) == null) {
                if (problems.size() < 20 && !ack.body().contains(AckBook.RECORDING)) {
                    problems.add("submission " + ack.index() + " answered " + ack.status() + " "
                            + (ack.error() != null ? ack.error() : ack.body()));
                }
                continue;
            }
            acknowledged++;
            within += ack.latencyNanos() <= THREE_SECONDS ? 1 : 0;
            if (planned.get(ack.index()).kind() == WaveMix.Kind.CAMPAIGN) {
                members++;
                known += ack.body().contains(AckBook.KNOWN) ? 1 : 0;
            }
        }
        long first = acks.stream().mapToLong(OpenLoop.Ack::dueNanos).min().orElse(0);
        long last = acks.stream().mapToLong(OpenLoop.Ack::doneNanos).max().orElse(0);
        long noise = planned.stream().filter(p -> p.kind() == WaveMix.Kind.NOISE).count();
        long usedCampaigns = planned.stream().filter(p -> p.kind() == WaveMix.Kind.CAMPAIGN).map(WaveMix.Planned::group)
                .distinct().count();
        return new WaveResult(settings, acks.size(), acknowledged, acks.size() - acknowledged, book.recording(),
                within, members, known,
                (last - first) / 1e9, Percentiles.ofNanos(latencies.stream().mapToLong(Long::longValue).toArray()),
                lost, campaigns, incidents, counts(after.path("rateLimited"), null), (int) usedCampaigns,
                WaveWatch.messages(after) - WaveWatch.messages(before), (int) (usedCampaigns + noise),
                after.path("calls").path("chat.update").asLong() - before.path("calls").path("chat.update").asLong(),
                counts(after.path("calls"), before.path("calls")), reflectedAfter, readyIn, rssAtRest, rssPeak,
                timeline, List.copyOf(problems));
    }

    private static Map<String, Long> counts(JsonNode now, JsonNode before) {
        Map<String, Long> counts = new TreeMap<>();
        now.fields().forEachRemaining(f -> {
            long count = f.getValue().asLong() - (before == null ? 0 : before.path(f.getKey()).asLong());
            if (count > 0) {
                counts.put(f.getKey(), count);
            }
        });
        return counts;
    }

    private static List<String> bodies(List<WaveMix.Planned> planned) {
        return planned.stream().map(p -> ReportForms.body(p.userId(), p.viewId(), p.fields())).toList();
    }
}

package org.csirtbot.bench.ack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.csirtbot.bench.harness.BotUnderTest;
import org.csirtbot.bench.harness.FakeSlack;
import org.csirtbot.bench.harness.Folders;
import org.csirtbot.bench.harness.MongoUnderTest;
import org.csirtbot.bench.harness.OpenLoop;
import org.csirtbot.bench.harness.Pause;
import org.csirtbot.bench.harness.Percentiles;
import org.csirtbot.bench.harness.RssPeak;
import org.csirtbot.bench.harness.SlackSigner;
import org.csirtbot.bench.wave.AckBook;

/**
 * Acknowledgement latency, the bot against a bare Bolt app in the same run: the fake Slack, the store (embedded, or a
 * separate mongo-java-server), the packaged bot and the bare app each in a process of its own; at each rate the four
 * kinds mixed in one open-loop run, first to the bare app, then to the bot, latency counted from when each request was
 * due and kept apart by kind.
 */
public final class AckBenchmark {

    private AckBenchmark() {
    }

    public static AckResult run(AckSettings settings) {
        Path logs = settings.work().resolve("logs");
        Path data = settings.work().resolve("data");
        Folders.created(logs);
        Folders.emptied(data);
        List<AckResult.Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (FakeSlack slack = FakeSlack.start(settings.jar(), settings.latencyMs(), settings.seed(), logs);
             MongoUnderTest mongo = settings.separateMongo() ? MongoUnderTest.start(data, logs) : null;
             BotUnderTest bot = BotUnderTest.start(settings.jar(), settings.jvmFlags(), slack.webApiUrl(), data,
                     mongo == null ? null : mongo.uri(), logs);
             BareBoltUnderTest bare = BareBoltUnderTest.start(settings.jvmFlags(), slack.webApiUrl(), logs)) {
            String reportId = firstReport(bot, problems);
            RssPeak rssPeak = new RssPeak(bot.pid());
            int next = 1;
            double warmRate = settings.perSecond().get(0);
            int warmCount = (int) (warmRate * settings.warmup().toSeconds());
            send(bare.slackEndpoint(), AckMix.bodies(next, warmCount, reportId), warmRate);
            send(bot.slackEndpoint(), AckMix.bodies(next, warmCount, reportId), warmRate);
            next += warmCount;
            Pause.millis(settings.settle().toMillis());
            for (double rate : settings.perSecond()) {
                int count = (int) (rate * settings.length().toSeconds());
                List<String> bodies = AckMix.bodies(next, count, reportId);
                next += count;
                rows.addAll(rows(rate, AckResult.BARE, send(bare.slackEndpoint(), bodies, rate), problems));
                Pause.millis(settings.settle().toMillis());
                rows.addAll(rows(rate, AckResult.BOT, send(bot.slackEndpoint(), bodies, rate), problems));
                Pause.millis(settings.settle().toMillis());
                System.out.printf("  %.0f/s: bare Bolt p99 %.1f ms, csirtbot p99 %.1f ms%n", rate,
                        find(rows, rate, AckResult.BARE).latency().p99(), find(rows, rate, AckResult.BOT).latency().p99());
            }
            rssPeak.close();
            bot.checkAlive();
            bare.checkAlive();
            return new AckResult(settings, rows, bot.startedIn().toMillis() / 1000.0, rssPeak.mb(), problems);
        }
    }

    /** One report form to the bot, so that the clicks act on a report it has: its ID. */
    private static String firstReport(BotUnderTest bot, List<String> problems) {
        List<OpenLoop.Ack> acks = send(bot.slackEndpoint(), List.of(AckMix.form(0)), 1);
        String id = AckBook.reportId(acks.get(0));
        if (id == null) {
            problems.add("the first report form was answered " + acks.get(0).status() + " " + acks.get(0).body());
        }
        return id == null ? "RPT-UNKNOWN" : id;
    }

    private static List<OpenLoop.Ack> send(String endpoint, List<String> bodies, double perSecond) {
        OpenLoop sender = new OpenLoop(endpoint, new SlackSigner(BotUnderTest.SIGNING_SECRET));
        return sender.run(bodies, perSecond, System.nanoTime() + 200_000_000L, Duration.ofSeconds(30), ack -> { });
    }

    private static List<AckResult.Row> rows(double rate, String target, List<OpenLoop.Ack> acks, List<String> problems) {
        List<AckResult.Row> rows = new ArrayList<>();
        rows.add(row(rate, target, null, acks));
        for (AckMix.Kind kind : AckMix.Kind.values()) {
            rows.add(row(rate, target, kind, acks.stream().filter(a -> AckMix.kindOf(a.index()) == kind).toList()));
        }
        acks.stream().filter(a -> a.status() != 200).limit(3).forEach(a -> problems.add("%s at %.0f/s: %s answered %d %s"
                .formatted(target, rate, AckMix.kindOf(a.index()).label, a.status(),
                        a.error() != null ? a.error() : a.body().substring(0, Math.min(200, a.body().length())))));
        return rows;
    }

    private static AckResult.Row row(double rate, String target, AckMix.Kind kind, List<OpenLoop.Ack> acks) {
        long[] nanos = acks.stream().mapToLong(OpenLoop.Ack::latencyNanos).toArray();
        int failed = (int) acks.stream().filter(a -> a.status() != 200).count();
        return new AckResult.Row(rate, target, kind, Percentiles.ofNanos(nanos), failed);
    }

    private static AckResult.Row find(List<AckResult.Row> rows, double rate, String target) {
        return rows.stream().filter(r -> r.perSecond() == rate && r.target().equals(target) && r.kind() == null)
                .findFirst().orElseThrow();
    }
}

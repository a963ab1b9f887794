package org.csirtbot.bench.footprint;

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
import org.csirtbot.bench.harness.ReportForms;
import org.csirtbot.bench.harness.RssPeak;
import org.csirtbot.bench.harness.SlackSigner;
import org.csirtbot.bench.wave.AckBook;
import org.csirtbot.bench.wave.WaveMix;

/**
 * Time to ready and resident memory of the packaged bot for each JVM flag set: each start on an empty store, timed from
 * {@code java -jar} to health UP, its memory read after a quiet spell and at its peak under a short wave of report
 * forms (the wave's acknowledgements kept, to show what a flag costs in speed).
 */
public final class FootprintBenchmark {

    private FootprintBenchmark() {
    }

    public static FootprintResult run(FootprintSettings s) {
        Path logs = s.work().resolve("logs");
        List<FootprintResult.Row> rows = new ArrayList<>();
        try (FakeSlack slack = FakeSlack.start(s.jar(), s.latencyMs(), 1, logs)) {
            int set = 0;
            for (List<String> flags : s.flagSets()) {
                set++;
                List<Double> ready = new ArrayList<>();
                List<Long> rest = new ArrayList<>();
                List<Long> wave = new ArrayList<>();
                List<Long> latencies = new ArrayList<>();
                int named = 0;
                int sent = 0;
                for (int start = 0; start < s.starts(); start++) {
                    String round = "S" + start;
                    Path data = s.work().resolve("data-" + set + "-" + start);
                    Folders.emptied(data);
                    try (MongoUnderTest mongo = s.separateMongo() ? MongoUnderTest.start(data, logs) : null;
                         BotUnderTest bot = BotUnderTest.start(s.jar(), flags, slack.webApiUrl(), data,
                                 mongo == null ? null : mongo.uri(), logs.resolve("set-" + set + "-" + start))) {
                        ready.add(bot.startedIn().toMillis() / 1000.0);
                        Pause.millis(s.rest().toMillis());
                        rest.add(RssPeak.rssMb(bot.pid()));
                        List<WaveMix.Planned> planned = WaveMix.wave(s.reports(), Math.max(1, s.reports() / 200), 0,
                                start + 1L);
                        AckBook book = new AckBook(planned);
                        List<OpenLoop.Ack> acks;
                        try (RssPeak peak = new RssPeak(bot.pid())) {
                            acks = new OpenLoop(bot.slackEndpoint(), new SlackSigner(BotUnderTest.SIGNING_SECRET))
                                    .run(planned.stream().map(p -> ReportForms.body(p.userId() + round,
                                                    p.viewId() + round, p.fields())).toList(), s.perSecond(),
                                            System.nanoTime() + 200_000_000L, Duration.ofSeconds(30), book::answered);
                            wave.add(peak.mb());
                        }
                        acks.forEach(ack -> latencies.add(ack.latencyNanos()));
                        named += book.named();
                        sent += acks.size();
                        bot.checkAlive();
                    }
                    System.out.printf("  %s: ready %.1f s, %d MiB at rest, %d MiB under the wave%n",
                            String.join(" ", flags), ready.get(start), rest.get(start), wave.get(start));
                }
                rows.add(new FootprintResult.Row(flags, ready, rest, wave,
                        Percentiles.ofNanos(latencies.stream().mapToLong(Long::longValue).toArray()), named, sent));
            }
        }
        return new FootprintResult(s, rows);
    }
}

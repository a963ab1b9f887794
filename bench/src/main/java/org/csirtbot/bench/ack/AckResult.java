package org.csirtbot.bench.ack;

import java.util.List;

import org.csirtbot.bench.harness.Percentiles;

/**
 * What the ack benchmark measured: for each rate, target (the bot, the bare Bolt app) and kind, the latency percentiles
 * of the answers and how many were not HTTP 200; the bot's start and resident memory.
 */
public record AckResult(AckSettings settings, List<Row> rows, double readySeconds, long rssPeakMb,
                        List<String> problems) {

    static final String BOT = "csirtbot";
    static final String BARE = "bare Bolt";

    /** One rate, target and kind ({@code null} kind: all four together). */
    record Row(double perSecond, String target, AckMix.Kind kind, Percentiles latency, int failed) {
    }

    Row row(double perSecond, String target, AckMix.Kind kind) {
        return rows.stream().filter(r -> r.perSecond() == perSecond && r.target().equals(target) && r.kind() == kind)
                .findFirst().orElseThrow();
    }

    /** The bot's p99 over the bare app's, for a rate and kind. */
    double ratio(double perSecond, AckMix.Kind kind) {
        return row(perSecond, BOT, kind).latency().p99() / row(perSecond, BARE, kind).latency().p99();
    }

    /** The target: the bot's p99 within 1.2x the bare app's and under 100 ms. */
    boolean met(double perSecond, AckMix.Kind kind) {
        Row bot = row(perSecond, BOT, kind);
        return bot.failed() == 0 && ratio(perSecond, kind) <= 1.2 && bot.latency().p99() < 100;
    }

    public boolean allMet() {
        return settings.perSecond().stream().allMatch(rate -> java.util.Arrays.stream(AckMix.Kind.values())
                .allMatch(kind -> met(rate, kind)));
    }

    int failed() {
        return rows.stream().filter(r -> r.kind() == null).mapToInt(Row::failed).sum();
    }
}

package org.csirtbot.sandbox.workspace;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack ids: the workspace's fixed ones (who the bot is, which team, which app, as auth.test and payloads name them),
 * and fresh ids and message timestamps, unique within the JVM (so never repeated within a test run).
 */
public final class SlackIds {

    /** Workspace id (from web-api/auth.test.success_with_bot_token.json). */
    public static final String TEAM_ID = "T0G9PQBBK";
    /** Workspace name (from the same sample). */
    public static final String TEAM_NAME = "Subarachnoid Workspace";
    /** Workspace domain, as in {@code https://subarachnoid.slack.com/}. */
    public static final String TEAM_DOMAIN = "subarachnoid";
    /** The bot user's id, returned by auth.test as {@code user_id}. */
    public static final String BOT_USER_ID = "UBOT0001";
    /** The bot's id (from the sample), returned by auth.test as {@code bot_id}. */
    public static final String BOT_ID = "BZYBOTHED";
    /** The app's id, sent as {@code api_app_id} in incoming payloads. */
    public static final String APP_ID = "A0CSIRTBOT";

    private static final AtomicLong IDS = new AtomicLong();
    private static final AtomicLong LAST_TS_MICROS = new AtomicLong();

    private SlackIds() {
    }

    /** A fresh id such as {@code C0K00000042}: prefix + "0K" + JVM-wide counter. */
    public static String nextId(String prefix) {
        return String.format("%s0K%08d", prefix, IDS.incrementAndGet());
    }

    /** A fresh message ts like {@code 1700000000.000123}: the current time in micros, strictly increasing JVM-wide. */
    public static String nextTs() {
        long now = System.currentTimeMillis() * 1000;
        long micros = LAST_TS_MICROS.accumulateAndGet(now, (last, n) -> Math.max(last + 1, n));
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }
}

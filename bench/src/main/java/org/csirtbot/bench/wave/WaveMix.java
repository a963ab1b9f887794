package org.csirtbot.bench.wave;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a wave's reporters send, reproducibly (a seed): each report is one of the campaigns' mails, chosen at random,
 * or one report in {@code noiseEvery} is something unrelated, with observables no other report has. A campaign's
 * reporters paste its link (some also its sender), one in three the mail's headers (its subject and sender), and
 * describe it in their own words. Each reporter is a different person, submitting a form of their own.
 */
public final class WaveMix {

    /** One planned submission: {@code group} is the campaign's number, or the noise report's, or -1 for warm-up. */
    public record Planned(int index, Kind kind, int group, String userId, String viewId, Map<String, String> fields) {
    }

    enum Kind { CAMPAIGN, NOISE, WARMUP }

    private static final String[] SAID = {
        "A mail asked me to verify my mailbox at a strange site.",
        "Suspicious mail from \"IT Service Desk\" about my password expiring. I did not click.",
        "Got this one too, it looks like phishing.",
        "メールボックスの確認を求めるメールが届きました。リンクは開いていません。",
        "The link in this mail goes to a login page that is not ours.",
    };
    /** The domain of each group's mail, which the triage channel shows with its reports: the group's mark. */
    private static final Pattern MARK = Pattern.compile(
            "c(\\d{2})-mailbox-verify\\.com|n(\\d{4})-share-docs\\.net|(bench-warmup-mailer\\.com)");
    private static final String[] NOISE_CATEGORIES = {"suspicious_link", "malware", "account_misuse", "other"};

    private WaveMix() {
    }

    public static List<Planned> wave(int reports, int campaigns, int noiseEvery, long seed) {
        Random random = new Random(seed);
        List<Planned> planned = new ArrayList<>(reports);
        int noise = 0;
        for (int i = 0; i < reports; i++) {
            String user = "U0BENCH%05d".formatted(i);
            String view = "V0BENCH%05d".formatted(i);
            if (noiseEvery > 0 && i % noiseEvery == noiseEvery - 1) {
                planned.add(new Planned(i, Kind.NOISE, noise, user, view, noise(noise++)));
            } else {
                int campaign = random.nextInt(campaigns);
                planned.add(new Planned(i, Kind.CAMPAIGN, campaign, user, view, campaign(campaign, i, random)));
            }
        }
        return planned;
    }

    /** Reports of one mail of its own, so that the warm-up makes one campaign and leaves the wave's alone. */
    static List<Planned> warmup(int reports) {
        List<Planned> planned = new ArrayList<>(reports);
        for (int i = 0; i < reports; i++) {
            Map<String, String> fields = fields("phishing_mail", SAID[i % SAID.length],
                    "https://warmup.bench-warmup-mailer.com/login");
            planned.add(new Planned(i, Kind.WARMUP, -1, "U0WARM%05d".formatted(i), "V0WARM%05d".formatted(i), fields));
        }
        return planned;
    }

    /** The group ("c7", "n3", "warmup") whose mail a text (a message, its blocks) names first, or null. */
    static String groupIn(String text) {
        Matcher mark = MARK.matcher(text);
        if (!mark.find()) {
            return null;
        }
        return mark.group(1) != null ? "c" + Integer.parseInt(mark.group(1))
                : mark.group(2) != null ? "n" + Integer.parseInt(mark.group(2)) : "warmup";
    }

    /** The group a planned submission belongs to, as {@link #groupIn} names it. */
    static String group(Planned plan) {
        return switch (plan.kind()) {
            case CAMPAIGN -> "c" + plan.group();
            case NOISE -> "n" + plan.group();
            case WARMUP -> "warmup";
        };
    }

    private static Map<String, String> campaign(int campaign, int index, Random random) {
        String domain = "c%02d-mailbox-verify.com".formatted(campaign);
        String observables = "https://login." + domain + "/session/verify";
        if (random.nextInt(4) == 0) {
            observables += "\nit-desk@" + domain;
        }
        Map<String, String> fields = fields("phishing_mail", SAID[random.nextInt(SAID.length)], observables);
        if (index % 3 == 0) {
            fields.put("headers", "From: \"IT Service Desk\" <it-desk@" + domain + ">\n"
                    + "To: <user" + index + "@corp.example.jp>\n"
                    + "Subject: [Action required] Your mailbox " + campaign + " is almost full\n"
                    + "Date: Mon, 7 Dec 2026 09:3" + (index % 10) + ":00 +0900\n"
                    + "Message-ID: <" + index + "." + campaign + "@mail." + domain + ">\n");
        }
        return fields;
    }

    private static Map<String, String> noise(int n) {
        return fields(NOISE_CATEGORIES[n % NOISE_CATEGORIES.length], "Something odd, case " + n + ".",
                "https://files.n%04d-share-docs.net/d/%d".formatted(n, n));
    }

    private static Map<String, String> fields(String category, String what, String observables) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", category);
        fields.put("what", what);
        fields.put("when", "today, a few minutes ago");
        fields.put("system", "Outlook on my laptop");
        fields.put("observables", observables);
        return fields;
    }
}

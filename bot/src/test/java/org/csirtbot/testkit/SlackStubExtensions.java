package org.csirtbot.testkit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.TemplateHelperProviderExtension;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import wiremock.com.github.jknack.handlebars.Helper;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** WireMock extensions behind {@link SlackApiStub}: Handlebars helpers for fresh Slack ids/ts, and per-method delays. */
public final class SlackStubExtensions {

    private static final AtomicLong IDS = new AtomicLong();
    private static final AtomicLong LAST_TS_MICROS = new AtomicLong();

    private SlackStubExtensions() {
    }

    /** A fresh id such as {@code C0K00000042}: prefix + "0K" + JVM-wide counter, so never repeated within a test run. */
    public static String nextId(String prefix) {
        return String.format("%s0K%08d", prefix, IDS.incrementAndGet());
    }

    /** A fresh message ts like {@code 1700000000.000123}: the current time in micros, strictly increasing JVM-wide. */
    public static String nextTs() {
        long now = System.currentTimeMillis() * 1000;
        long micros = LAST_TS_MICROS.accumulateAndGet(now, (last, n) -> Math.max(last + 1, n));
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    /** Template helpers {@code {{slackId 'C'}}} and {@code {{slackTs}}}. */
    static final class Helpers implements TemplateHelperProviderExtension {
        @Override
        public String getName() {
            return "csirtbot-slack-helpers";
        }

        @Override
        public Map<String, Helper<?>> provideTemplateHelpers() {
            Helper<Object> id = (context, options) -> nextId(String.valueOf(context));
            Helper<Object> ts = (context, options) -> nextTs();
            return Map.of("slackId", id, "slackTs", ts);
        }
    }

    /** Answers as Slack's rules say ({@link SlackRules}) instead of the stub when they refuse a call. */
    static final class Rules implements ResponseDefinitionTransformerV2 {
        private final SlackRules rules;

        Rules(SlackRules rules) {
            this.rules = rules;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String path = event.getRequest().getUrl().split("\\?")[0];
            if (!path.startsWith("/api/")) {
                return event.getResponseDefinition();
            }
            SlackRules.Refusal refusal = rules.check(path.substring("/api/".length()),
                    SlackApiStub.decodeForm(event.getRequest().getBodyAsString()));
            if (refusal == null) {
                return event.getResponseDefinition();
            }
            ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.responseDefinition().withStatus(refusal.status())
                    .withHeader("Content-Type", "application/json; charset=utf-8").withBody(refusal.body());
            return (refusal.status() == 429 ? answer.withHeader("Retry-After",
                    String.valueOf(refusal.retryAfterSeconds())) : answer).build();
        }

        @Override
        public String getName() {
            return "csirtbot-slack-rules";
        }
    }

    /** Adds a fixed delay to every response of the configured Web API methods (or of all of them). */
    static final class Delays implements ResponseDefinitionTransformerV2 {
        private final Map<String, Integer> millisByPath = new ConcurrentHashMap<>();
        private volatile Integer everyCall;

        void set(String path, int millis) {
            millisByPath.put(path, millis);
        }

        void setEveryCall(int millis) {
            everyCall = millis;
        }

        void clear() {
            millisByPath.clear();
            everyCall = null;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String path = event.getRequest().getUrl().split("\\?")[0];
            Integer millis = millisByPath.getOrDefault(path, path.startsWith("/api/") ? everyCall : null);
            ResponseDefinition def = event.getResponseDefinition();
            return millis == null ? def : ResponseDefinitionBuilder.like(def).withFixedDelay(millis).build();
        }

        @Override
        public String getName() {
            return "csirtbot-slack-delays";
        }
    }
}

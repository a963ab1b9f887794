package org.csirtbot.report.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.slack.api.model.event.ReactionAddedEvent;

/** {@code CSIRTBOT_REPORT_REACTION}: {@code :csirt:} unless set; written with or without colons; blank turns it off. */
class ReportPropertiesTests {

    @Test
    void theReactionIsCsirtUnlessSetAndIsReadWithoutItsColons() {
        assertThat(bound(Map.of()).reactionName()).isEqualTo("csirt");
        assertThat(bound(Map.of("csirtbot.report.reaction", ":report-this:")).reactionName()).isEqualTo("report-this");
        assertThat(bound(Map.of("csirtbot.report.reaction", " warning ")).reactionName()).isEqualTo("warning");
        assertThat(bound(Map.of("csirtbot.report.reaction", "")).reactionName()).isEmpty();
    }

    @Test
    void aBlankReactionAsksNobodyAnything() {
        Executor nothingMayRun = task -> {
            throw new AssertionError("nothing may be done for a reaction when the report reaction is off");
        };
        ReportReaction off = new ReportReaction(null, null, null, null, new ReportProperties(" "), nothingMayRun,
                nothingMayRun);
        ReactionAddedEvent event = new ReactionAddedEvent();
        event.setReaction("");
        event.setUser("UEMPLOY01");
        ReactionAddedEvent.Item item = new ReactionAddedEvent.Item();
        item.setType("message");
        item.setChannel("CGENERAL1");
        item.setTs("1599529504.000400");
        event.setItem(item);

        off.reactionAdded(event);
        event.setReaction("csirt");
        off.reactionAdded(event);
    }

    private static ReportProperties bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("csirtbot.report", ReportProperties.class);
    }
}

package org.csirtbot.triage.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.incident.Tlp;
import org.csirtbot.slack.Texts;
import org.csirtbot.testkit.BotMessages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.StaticSelectElement;

/**
 * The declare form selects the configured TLP ({@code CSIRTBOT_DECLARE_DEFAULT_TLP}) when it opens, AMBER unless
 * configured; the setting takes a label or a name as people write them. A restricted default is submitted as chosen,
 * so the declaration makes a private room (as for any restricted incident: {@code TriageIntegrationTests}).
 */
class DeclareDefaultTlpTests {

    private final Texts texts = new Texts(BotMessages.messages());

    @Test
    void theFormSelectsTheConfiguredTlp() {
        assertThat(selectedTlp(new DeclareProperties(Tlp.RED))).isEqualTo("RED");
        assertThat(selectedTlp(new DeclareProperties(Tlp.AMBER_STRICT))).isEqualTo("AMBER+STRICT");
    }

    @Test
    void unconfiguredItIsAmber() {
        assertThat(bound(Map.of())).isEqualTo(Tlp.AMBER);
        assertThat(selectedTlp(new DeclareProperties(bound(Map.of())))).isEqualTo("AMBER");
    }

    @Test
    void theSettingTakesALabelOrANameInAnyCase() {
        for (String written : new String[] {"AMBER+STRICT", "amber_strict", "amber-strict", "Amber_Strict"}) {
            assertThat(bound(Map.of("csirtbot.declare.default-tlp", written))).as(written).isEqualTo(Tlp.AMBER_STRICT);
        }
        assertThat(bound(Map.of("csirtbot.declare.default-tlp", "red"))).isEqualTo(Tlp.RED);
    }

    private String selectedTlp(DeclareProperties properties) {
        var form = new DeclareModal(texts, Clock.systemUTC(), properties)
                .form(Locale.ENGLISH, "Phishing wave", null, TriageContext.none());
        InputBlock tlp = form.getBlocks().stream().filter(InputBlock.class::isInstance).map(InputBlock.class::cast)
                .filter(b -> "tlp".equals(b.getBlockId())).findFirst().orElseThrow();
        return ((StaticSelectElement) tlp.getElement()).getInitialOption().getValue();
    }

    /** The properties as Spring binds them from the environment. */
    private static Tlp bound(Map<String, String> environment) {
        return new Binder(new MapConfigurationPropertySource(environment))
                .bindOrCreate("csirtbot.declare", DeclareProperties.class).defaultTlp();
    }
}

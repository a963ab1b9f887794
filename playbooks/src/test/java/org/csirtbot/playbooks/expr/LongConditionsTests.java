package org.csirtbot.playbooks.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Conditions come from imported playbooks too: a long or deep one is read or refused, never a stack overflow. */
class LongConditionsTests {

    private static final String LONG = "a".repeat(5_000);

    @Test
    void aFiveThousandCharacterLiteralIsRead() {
        Condition condition = Condition.parse("__vendor__ = '" + LONG + "' OR __vendor__ IN ['it''s', '" + LONG + "']");

        assertThat(condition.test(Map.of("__vendor__", LONG))).isTrue();
        assertThat(condition.test(Map.of("__vendor__", "it's"))).isTrue();
        assertThat(condition.test(Map.of("__vendor__", "other"))).isFalse();
    }

    @Test
    void aQuoteNeverClosedIsRefusedWhereItOpens() {
        assertThatThrownBy(() -> Condition.parse("__vendor__ = '" + LONG)).isInstanceOf(ConditionException.class)
                .hasMessage("the quote opened here is never closed")
                .satisfies(e -> assertThat(((ConditionException) e).offset()).isEqualTo(13));
    }

    @Test
    void nestingDeeperThanFiftyIsRefused() {
        String fifty = "NOT ".repeat(26) + "(".repeat(24) + "__x__" + ")".repeat(24);
        assertThat(Condition.parse(fifty).test(Map.of("__x__", "yes"))).isTrue();
        assertThat(Condition.parse(fifty).test(Map.of())).isFalse();

        assertThatThrownBy(() -> Condition.parse("NOT ".repeat(5_000) + "__x__")).isInstanceOf(ConditionException.class)
                .hasMessageContaining("nest more than 50 deep");
        assertThatThrownBy(() -> Condition.parse("(".repeat(5_000) + "__x__" + ")".repeat(5_000)))
                .isInstanceOf(ConditionException.class).hasMessageContaining("nest more than 50 deep");
    }
}

package org.csirtbot.improvements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.csirtbot.slack.Mrkdwn;
import org.junit.jupiter.api.Test;

/** Reading {@code /incident improve <text> [@owner] [due YYYY-MM-DD]}. */
class NewImprovementTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final LocalDate DEFAULT_DUE = LocalDate.of(2027, 1, 7);

    private static NewImprovement.Parsed parse(String typed) {
        return NewImprovement.parse(typed, "UTYPIST", TODAY, DEFAULT_DUE, Mrkdwn::userIn);
    }

    @Test
    void theOwnerAndTheDueDayAreReadFromTheEndInEitherOrderAndTheTextKeepsItsLines() {
        assertThat(parse("Block macros\nin attachments <@UOWNER1|aiko> due 2026-12-31").item())
                .isEqualTo(new NewImprovement("Block macros\nin attachments", "UOWNER1", LocalDate.of(2026, 12, 31)));
        assertThat(parse("Block macros due 2026-12-31 <@UOWNER1>").item())
                .isEqualTo(new NewImprovement("Block macros", "UOWNER1", LocalDate.of(2026, 12, 31)));
        assertThat(parse("Due diligence on the vendor").item())
                .as("'due' inside the text is text").isEqualTo(new NewImprovement("Due diligence on the vendor",
                        "UTYPIST", DEFAULT_DUE));
        assertThat(parse("Ask <@UOWNER1> about backups").item().owner()).as("a mention inside the text").isEqualTo("UTYPIST");
        assertThat(parse("Patch the VPN due 2026-12-08").item().dueOn()).as("today").isEqualTo(TODAY);
    }

    @Test
    void badInputSaysWhatIsWrong() {
        assertThat(parse("").problem()).isEqualTo(NewImprovement.Problem.EMPTY);
        assertThat(parse("<@UOWNER1> due 2026-12-31").problem()).isEqualTo(NewImprovement.Problem.EMPTY);
        assertThat(parse("Patch due 31/12/2026")).extracting(NewImprovement.Parsed::problem, NewImprovement.Parsed::detail)
                .containsExactly(NewImprovement.Problem.NOT_A_DATE, "31/12/2026");
        assertThat(parse("Patch due 2026-12-07")).extracting(NewImprovement.Parsed::problem, NewImprovement.Parsed::detail)
                .containsExactly(NewImprovement.Problem.PAST, "2026-12-07");
        assertThat(parse("x".repeat(NewImprovement.TEXT_MAX + 1)).problem()).isEqualTo(NewImprovement.Problem.TOO_LONG);
        assertThat(parse("あ".repeat(NewImprovement.TEXT_MAX)).problem()).isNull();
    }
}

package org.csirtbot.closing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What people typed cannot shape the Markdown report around it. */
class ReportMarkdownTests {

    @Test
    void anIdentifierStaysOneLineOfCodeWhateverItHolds() {
        assertThat(ReportMarkdown.code("api:legal\n# Forged heading\r\n- item`x`"))
                .isEqualTo("`api:legal # Forged heading  - item'x'`");
        assertThat(ReportMarkdown.code(null)).isEqualTo("—");
    }
}

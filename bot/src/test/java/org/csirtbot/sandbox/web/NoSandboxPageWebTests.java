package org.csirtbot.sandbox.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** With real Slack there is no sandbox: its page and endpoints are not there. */
@WebMvcTest(controllers = PersonPages.class, properties = "slack.bot-token=xoxb-real-slack")
@Import(SandboxPagesHidden.class)
class NoSandboxPageWebTests {

    @Autowired
    MockMvc browser;

    @Test
    void thereIsNoSandbox() throws Exception {
        browser.perform(get("/sandbox/index.html")).andExpect(status().isNotFound());
        browser.perform(get("/sandbox/sandbox.js")).andExpect(status().isNotFound());
        browser.perform(get("/sandbox/seen").param("as", "U0ALICE")).andExpect(status().isNotFound());
    }
}

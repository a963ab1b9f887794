package org.csirtbot.sandbox.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** In sandbox mode the browser client is served, with the workspace as the person it acts as sees it. */
@WebMvcTest(controllers = PersonPages.class, properties = "csirtbot.sandbox.enabled=true")
@Import({StubWorkspace.class, SandboxPagesHidden.class})
class SandboxPageWebTests {

    @Autowired
    MockMvc browser;

    @Test
    void thePageIsServedAndShowsWhatThePersonSees() throws Exception {
        browser.perform(get("/sandbox")).andExpect(redirectedUrl("/sandbox/index.html"));
        browser.perform(get("/sandbox/index.html")).andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"sandbox.js\"")));
        browser.perform(get("/sandbox/seen").param("as", "U0ALICE")).andExpect(status().isOk())
                .andExpect(jsonPath("$.me").value("U0ALICE"))
                .andExpect(jsonPath("$.people[1].role").value("responder"))
                .andExpect(jsonPath("$.conversations[0].name").value("general"))
                .andExpect(jsonPath("$.conversations[0].messages[0].blocks[1].elements[0].action_id")
                        .value("open_incident"));
    }
}

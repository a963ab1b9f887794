package org.csirtbot.sandbox.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

/** The browser client's page, and the workspace as the person it acts as sees it (polled). */
@RestController
@SandboxEnabled
class PersonPages {

    private final WorkspaceView workspace;

    PersonPages(WorkspaceView workspace) {
        this.workspace = workspace;
    }

    @GetMapping({"/sandbox", "/sandbox/"})
    RedirectView page() {
        return new RedirectView("/sandbox/index.html");
    }

    @GetMapping("/sandbox/seen")
    PersonView seenBy(@RequestParam(name = "as", defaultValue = "") String userId) {
        return workspace.seenBy(userId);
    }
}

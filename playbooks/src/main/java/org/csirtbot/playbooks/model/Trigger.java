package org.csirtbot.playbooks.model;

import java.util.List;

/** When the playbook is offered: report categories (phishing_mail, …) and RSIT types that suggest it. */
public record Trigger(String kind, List<String> categories, List<String> rsit, boolean autoStart, String confirmWith) {
    public Trigger {
        categories = Lists.orEmpty(categories);
        rsit = Lists.orEmpty(rsit);
    }
}

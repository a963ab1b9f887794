package org.csirtbot.playbooks.model;

import java.util.List;

/** Markings and tags given to an incident run with the playbook. */
public record CaseDefaults(Tlp tlp, String pap, List<String> tags) {
    public CaseDefaults {
        tags = Lists.orEmpty(tags);
    }
}

package org.csirtbot.playbooks.model;

import java.util.List;

/** RSIT class/type pairs (e.g. fraud/phishing), NIST attack vectors and MITRE ATT&CK technique ids. */
public record Classification(List<String> rsit, List<String> nistVector, List<String> attack) {
    public Classification {
        rsit = Lists.orEmpty(rsit);
        nistVector = Lists.orEmpty(nistVector);
        attack = Lists.orEmpty(attack);
    }
}

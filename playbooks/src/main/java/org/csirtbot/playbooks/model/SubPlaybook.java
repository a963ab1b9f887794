package org.csirtbot.playbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Runs another playbook on the same incident; with {@code wait} the step stays open until it ends. */
public record SubPlaybook(String playbook, Integer version, Map<String, String> inputs, @JsonProperty("wait") boolean awaitEnd) {
    public SubPlaybook {
        inputs = Lists.orEmpty(inputs);
    }
}

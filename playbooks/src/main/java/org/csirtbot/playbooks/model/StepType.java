package org.csirtbot.playbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of step; see FORMAT.md for what the engine does with each. */
public enum StepType {
    @JsonProperty("task") TASK,
    @JsonProperty("collect") COLLECT,
    @JsonProperty("decision") DECISION,
    @JsonProperty("approval") APPROVAL,
    @JsonProperty("notify") NOTIFY,
    @JsonProperty("wait") WAIT,
    @JsonProperty("subplaybook") SUBPLAYBOOK,
    @JsonProperty("parallel") PARALLEL
}

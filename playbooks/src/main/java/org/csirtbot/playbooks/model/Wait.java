package org.csirtbot.playbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/** Waits for a time after the step became ready, or until an event (step:ID.completed, …), whichever first. */
public record Wait(@JsonProperty("for") Duration forDuration, String until) {
}

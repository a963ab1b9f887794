package org.csirtbot.playbook;

/**
 * A chat message showing a step: the step, the round it was made ready in (a loop makes a step ready again), whom it
 * went to ({@link #ROOM} or the user asked for an approval), the conversation it landed in and its timestamp.
 */
public record StepMessage(String step, int round, String recipient, String channel, String ts) {

    /** The recipient of a step's message in the incident room. */
    public static final String ROOM = "room";
}

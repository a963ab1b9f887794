package org.csirtbot.playbooks.exercise;

import org.csirtbot.playbooks.model.LText;

/**
 * What the exercise incident is declared as. {@code severity} S1..S4, {@code category} a report category code of the
 * bot, {@code tlp} a TLP label; {@code playbook} a built-in playbook's id started in the room, or null.
 */
public record ScenarioIncident(LText title, String severity, String category, String tlp, boolean confidential,
                               String playbook) {
}

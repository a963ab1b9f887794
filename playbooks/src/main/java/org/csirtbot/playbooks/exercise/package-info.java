/**
 * Tabletop exercise scenarios (csirt-exercise/1): the model ({@link org.csirtbot.playbooks.exercise.Scenario},
 * {@link org.csirtbot.playbooks.exercise.Inject}), reading and checking a file
 * ({@link org.csirtbot.playbooks.exercise.ScenarioReader}) and the scenarios shipped or added from a directory
 * ({@link org.csirtbot.playbooks.exercise.ScenarioLibrary}).
 */
package org.csirtbot.playbooks.exercise;

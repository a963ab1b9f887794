/**
 * Playbook runs on incidents: the library in force (built-ins and {@code CSIRTBOT_PLAYBOOKS_DIR}, reloaded on a
 * schedule), starting a run, applying what responders and time do to it through the engine of the {@code playbooks}
 * library, storing its state so it resumes after a restart, and logging each step in the incident log. Tells others
 * of every change with a {@link org.csirtbot.playbook.RunAdvanced} event. Knows nothing of Slack.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"incident", "storage"})
package org.csirtbot.playbook;

/**
 * Playbook runs on incidents: the library in force (built-ins and {@code CSIRTBOT_PLAYBOOKS_DIR}), starting a run,
 * applying what responders and time do to it through the {@code playbooks} engine, storing and logging each step, and
 * telling others with {@link org.csirtbot.playbook.RunAdvanced}. {@code slack}: the walk through a run in its room, which
 * follows the incident into a private room when it moves ({@code classification}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "report", "incident", "incident :: room", "incident :: access", "comms", "closing", "classification",
        "partners", "policy", "policy :: lines", "metrics", "storage", "slack", "slack :: gateway"})
package org.csirtbot.playbook;

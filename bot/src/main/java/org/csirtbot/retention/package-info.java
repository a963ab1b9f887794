/**
 * Retention: how long a closed incident's records are kept, legal hold, and the purge that deletes them when due.
 * {@code slack}: {@code /incident hold}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "incident", "incident :: room", "incident :: access", "report", "metrics", "playbook", "storage",
        "storage :: partners", "storage :: indicators", "storage :: intake", "storage :: links", "slack",
        "slack :: gateway"})
package org.csirtbot.retention;

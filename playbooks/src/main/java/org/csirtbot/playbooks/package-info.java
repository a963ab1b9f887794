/**
 * Playbooks: the YAML model, its validation and the step engine. Plain Java on purpose (no Spring,
 * no Slack, no MongoDB), so a playbook behaves the same in tests, in the bot and in tools.
 * The engine and the built-in library arrive with the playbooks issue.
 */
package org.csirtbot.playbooks;

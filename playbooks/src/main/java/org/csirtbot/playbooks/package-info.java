/**
 * Playbooks: the YAML model, its validation and the step engine. Plain Java on purpose (no Spring,
 * no Slack, no MongoDB), so a playbook behaves the same in tests, in the bot and in tools.
 * <ul>
 * <li>{@code model}: the records of the csirt-playbook/1 format (playbooks/FORMAT.md).</li>
 * <li>{@code load}: {@code PlaybookReader} (YAML, JSON Schema, semantic checks, each problem with file, line and
 * column) and {@code PlaybookLibrary} (built-ins overridden by a directory, last good version kept, reload).</li>
 * <li>{@code engine}: {@code Engine.apply(playbook, state, action, now)} → new state and events.</li>
 * <li>{@code time}: business days with Japanese holidays; {@code expr}: conditions such as {@code __x__ = 'y'}.</li>
 * <li>{@code cacao}: {@code CacaoExport} and {@code CacaoImport}, a playbook as a CACAO 2.0 JSON playbook and back
 * (playbooks/CACAO.md).</li>
 * </ul>
 */
package org.csirtbot.playbooks;
